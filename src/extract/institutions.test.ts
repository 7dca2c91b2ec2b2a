import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEntities } from './entities.js';
import { findInstitutions } from './institutions.js';

const names = (text: string) => findInstitutions(text).map((i) => i.name);

describe('findInstitutions', () => {
  it('reads French and Spanish public bodies named head first, to their last name', () => {
    const text =
      "L'Hôpital provincial de Bol a reçu 20 patients. La Direction de la Protection Civile et le Tribunal de " +
      'première instance de Toliara ont agi. Direction des opérations : rien. La Municipalidad Provincial de Huamanga.';
    assert.deepEqual(names(text), [
      'Hôpital provincial de Bol',
      'Direction de la Protection Civile',
      'Tribunal de première instance de Toliara',
      'Municipalidad Provincial de Huamanga',
    ]);
  });

  it('reads a quoted name after a legal form, and lets it replace a name the detector cut short', () => {
    const text =
      'Проєкт реалізує ГО «Голос громад Миколаївщини». Общественный фонд «Тең құқық» провёл семинар.';
    assert.deepEqual(names(text), ['Голос громад Миколаївщини', 'Тең құқық']);
    const { organizations } = findEntities(text);
    assert.ok(
      organizations.includes('Тең құқық') && !organizations.includes('Тең'),
      JSON.stringify(organizations),
    );
  });

  it('finds ministries and public bodies by name, and stops where the name does', () => {
    const text =
      'Respondents work with the Ministry of Labour and Social Protection and the Ministry of Education and ' +
      'Research. The administrative instruction of the Ministry of Education of September 2023 applies. ' +
      'The Kampala Capital City Authority agreed; the High Court in Malindi and the Security Council did not. ' +
      'Warnings came from the Kenya Meteorological Department and the Malakal Teaching Hospital.';
    assert.deepEqual(names(text), [
      'Ministry of Labour and Social Protection',
      'Ministry of Education and Research',
      'Ministry of Education',
      'Kampala Capital City Authority',
      'Kenya Meteorological Department',
      'Malakal Teaching Hospital',
    ]);
  });

  it('names Russian bodies in the nominative, whatever their case in the sentence', () => {
    const text =
      'Министерству юстиции Кыргызской Республики следует расширить программу. Верховному суду рекомендуется ' +
      'подготовить обзор. Суд выдал охранный ордер.';
    assert.deepEqual(names(text), ['Министерство юстиции Кыргызской Республики', 'Верховный суд']);
  });

  it('reads councils, offices and police by the capitalised words before them or the small words after', () => {
    const text =
      'We call on the Office on Missing Persons and the National Human Rights Commission. The Sierra Leone ' +
      'Police met the National Peace Council, the Committee on the Rights of the Child and the High Court.';
    assert.deepEqual(names(text), [
      'Office on Missing Persons',
      'National Human Rights Commission',
      'Sierra Leone Police',
      'National Peace Council',
      'Committee on the Rights of the Child',
    ]);
  });

  it('reads a name over "sobre" and "contre", a Spanish "Dirección", and leaves out the city after a comma', () => {
    const text =
      'Prepared with the Institute for Child Development Studies, Belgrade. La Dirección General de Protección ' +
      'Civil y el Instituto Caribeño de Estudios sobre la Infancia.';
    assert.deepEqual(names(text), [
      'Institute for Child Development Studies',
      'Dirección General de Protección Civil',
      'Instituto Caribeño de Estudios sobre la Infancia',
    ]);
  });

  it('reads a French council to its name, not into the sentence that goes on', () => {
    const text =
      'Nous appelons le Conseil de sécurité des Nations Unies à agir. Le Conseil régional a annoncé un fonds de ' +
      "5 000 000 FCFA. La Haute Autorité à la Consolidation de la Paix et le Conseil régional d'Agadez.";
    assert.deepEqual(names(text), [
      'Conseil de sécurité des Nations Unies',
      'Haute Autorité à la Consolidation de la Paix',
      "Conseil régional d'Agadez",
    ]);
  });

  it('names regional administrations, governments, assemblies, akimats and hokimiyats in the nominative', () => {
    assert.deepEqual(
      names(
        'Звертаємося до Закарпатської обласної військової адміністрації. Рекомендуем Правительству Республики ' +
          'Молдова и Народному собранию Гагаузии. Хокимияту Сурхандарьинской области: создать центр.',
      ),
      [
        'Закарпатська обласна військова адміністрація',
        'Правительство Республики Молдова',
        'Народное собрание Гагаузии',
        'Хокимият Сурхандарьинской области',
      ],
    );
    // the government a committee is attached to is part of the committee's name, not a body of its own
    assert.ok(
      !names('с Комитетом по делам семьи при Правительстве Республики Таджикистан').some((n) =>
        n.startsWith('Правительство'),
      ),
    );
  });

  it('reads Arabic public bodies in the construct state with their complements, not a preposition', () => {
    assert.deepEqual(
      names(
        'ونطالب وزارة الداخلية والبلديات وبلدية طرابلس ومفوضية العون الإنساني بالعمل. ' +
          'وقدّمت دائرة الأحوال المدنية في كركوك 40 وثيقة. وتعمل بلدية في الشمال.',
      ),
      ['وزارة الداخلية والبلديات', 'بلدية طرابلس', 'مفوضية العون الإنساني', 'دائرة الأحوال المدنية في كركوك'],
    );
  });

  it('ends a Ukrainian body before "and" another, and keeps the capitals its head is written with', () => {
    assert.deepEqual(names('Звертаємося до Верховної Ради України та Кабінету Міністрів України.'), [
      'Верховна Рада України',
      'Кабінет Міністрів України',
    ]);
  });

  it('names Ukrainian bodies in the nominative, with their adjectives and complements', () => {
    const text =
      'Ми працювали разом з Ізюмською міською радою, Управлінням соціального захисту населення Балаклійської ' +
      'міської ради та Харківським регіональним центром з надання безоплатної правової допомоги. Спільно з ' +
      'Координаційним центром з надання правової допомоги ми провели 4 навчання. Міністерству з питань ' +
      'реінтеграції тимчасово окупованих територій України слід спростити процедуру.';
    assert.deepEqual(names(text), [
      'Ізюмська міська рада',
      'Управління соціального захисту населення Балаклійської міської ради',
      'Харківський регіональний центр з надання безоплатної правової допомоги',
      'Координаційний центр з надання правової допомоги',
      'Міністерство з питань реінтеграції тимчасово окупованих територій України',
    ]);
  });

  it('reads Portuguese bodies head first, and an office over its complements and a line break', () => {
    const text =
      'Com a Conservatória do Registo Civil de Ondjiva e a Defensoria Pública do Estado do Pará, e com ' +
      'Офісом Уповноваженого Верховної Ради\nУкраїни з прав людини.';
    assert.deepEqual(names(text), [
      'Conservatória do Registo Civil de Ondjiva',
      'Defensoria Pública do Estado do Pará',
      'Офіс Уповноваженого Верховної Ради України з прав людини',
    ]);
  });

  it('leaves a body named in quotes to its quoted name, and reads a republic by its name', () => {
    const text =
      'Кризисный центр «Сенім» в Актобе принял 96 детей. Верховный суд Республики Казахстан опубликовал обзор.';
    assert.deepEqual(names(text), ['Сенім', 'Верховный суд Республики Казахстан']);
  });

  it('finds a name in quotes after the word for an organisation, not after other words', () => {
    const text =
      'Подготовлено Общественным объединением «Правовая инициатива Ала-Тоо» в рамках проекта «Равный доступ ' +
      'к правосудию». The network “Kok Tobe Bastau” joined the campaign “Clean Water”.';
    assert.deepEqual(names(text), ['Правовая инициатива Ала-Тоо', 'Kok Tobe Bastau']);
  });

  it('finds an organisation named in common words by its head word and the small words after it', () => {
    const text =
      'At a lunch meeting of the Lowlands Forum on Security & Rule of Law, Dr. Sawsan Idris Khalafalla spoke. ' +
      'Harbour Network for Civic Space — Updates. The forum met the network in March.';
    assert.deepEqual(names(text), [
      'Lowlands Forum on Security & Rule of Law',
      'Harbour Network for Civic Space',
    ]);
  });

  it('reads Portuguese public bodies: a provincial government, a district administration', () => {
    const { organizations, persons } = findEntities(
      'Pedimos ao Governo Provincial de Cabo Delgado e à Administração Distrital de Metuge que apoiem as famílias.',
    );
    assert.deepEqual(organizations, [
      'Governo Provincial de Cabo Delgado',
      'Administração Distrital de Metuge',
    ]);
    assert.deepEqual(persons, []);
  });

  it('reads a Kyrgyz organisation named in quotes before its kind', () => {
    const { organizations } = findEntities(
      'Форум «Достук Үйү» коомдук фонду тарабынан уюштурулду. Секцияны «Көпүрө» жаштар тармагынын лидери алып барды. «Жаңы Доор» деген макала чыкты.',
    );
    assert.deepEqual(organizations, ['Достук Үйү', 'Көпүрө']);
  });
});
