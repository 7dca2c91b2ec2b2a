import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAcronyms, findContacts, findCountries, findEntities, organisationAliases } from './entities.js';

describe('findContacts', () => {
  it('finds emails, URLs with or without scheme, handles and hashtags, with their offsets', () => {
    const text =
      'Write to info@steppe-voices.kg or see steppe-voices.kg/news, <https://www.facebook.com/steppe.voices/posts/1>, ' +
      'follow @SteppeVoicesKG and #ЖаштарҮнү, #صوتنا_مسموع, #LesVoixDuSahel. In Niger.In 2020 we met.';
    const found = findContacts(text);
    assert.deepEqual(
      found.map((c) => [c.kind, c.value]),
      [
        ['email', 'info@steppe-voices.kg'],
        ['url', 'steppe-voices.kg/news'],
        ['url', 'https://www.facebook.com/steppe.voices/posts/1'],
        ['handle', '@SteppeVoicesKG'],
        ['hashtag', '#ЖаштарҮнү'],
        ['hashtag', '#صوتنا_مسموع'],
        ['hashtag', '#LesVoixDuSahel'],
      ],
    );
    for (const c of found) assert.equal(text.slice(c.start, c.end), c.value);
  });

  it('does not take an anchor inside a link for a hashtag, nor an email for a handle', () => {
    const found = findContacts('See https://example.org/page#section and write to desk@example.org.');
    assert.deepEqual(
      found.map((c) => c.kind),
      ['url', 'email'],
    );
  });
});

describe('findCountries', () => {
  it('names countries as ISO codes in several languages and cases, Kosovo as XK', () => {
    const codes = (text: string) => findCountries(text).map((c) => c.code);
    assert.deepEqual(codes('Partners from Kosovo, Bosnia and Herzegovina and DR Congo met.'), [
      'XK',
      'BA',
      'CD',
    ]);
    assert.deepEqual(codes('Des partenaires du Mali, du Burkina Faso et de la Côte d’Ivoire.'), [
      'ML',
      'BF',
      'CI',
    ]);
    assert.deepEqual(codes('Socios de Colombia y Perú.'), ['CO', 'PE']);
    assert.deepEqual(codes('Партнёры из Кыргызстана, Украины и Сирии работают в Казахстане.'), [
      'KG',
      'UA',
      'SY',
      'KZ',
    ]);
    assert.deepEqual(codes('Партнери з України та Молдові; Косово.'), ['UA', 'MD', 'XK']);
    assert.deepEqual(codes('Кыргызстанда жана Казакстандан келген жаштар.'), ['KG', 'KZ']);
    assert.deepEqual(codes('شركاء من سوريا واليمن وفي العراق'), ['SY', 'YE', 'IQ']);
    assert.deepEqual(codes('MINISTRIES OF JUSTICE OF MALI AND NIGER'), ['ML', 'NE']);
    assert.deepEqual(codes('South Sudan and Sudan; Papua New Guinea.'), ['SS', 'SD', 'PG']);
  });

  it('does not read codes or common words as countries', () => {
    assert.deepEqual(findCountries('Car owners and the Union: AND, CAN, PER, in, to, it.'), []);
  });
});

describe('findAcronyms', () => {
  it('cuts the name to the words whose initials spell the acronym', () => {
    const text =
      "The survey went out through the Women's Peace Network (WPN) and the Steppe Coalition for Children's Safety (SCCS).";
    assert.deepEqual(
      findAcronyms(text).map((a) => [a.name, a.acronym]),
      [
        ["Women's Peace Network", 'WPN'],
        ["Steppe Coalition for Children's Safety", 'SCCS'],
      ],
    );
  });

  it('reads "ACR (Full Name)" and names whose acronym is in another language', () => {
    const text = 'WPN (Women’s Peace Network) works with the Alliance for Child Protection (ANPC-MD).';
    assert.deepEqual(
      findAcronyms(text).map((a) => [a.name, a.acronym]),
      [
        ['Women’s Peace Network', 'WPN'],
        ['Alliance for Child Protection', 'ANPC-MD'],
      ],
    );
  });

  it("takes no person's name before their organisation's acronym for its name", () => {
    assert.deepEqual(findAcronyms('Подготовили: Ани Мкртчян-Саргсян, Арман Петросян (ГИС)'), []);
  });
});

describe('organisationAliases', () => {
  it('makes one actor of a name, its acronym, its handle, its page and its email domain', () => {
    const text = [
      "The Women's Peace Network (WPN) met in Osh.",
      'Contact: desk@wpn-kg.org, follow @WPN_kg and https://www.facebook.com/wpn.kyrgyzstan/posts/12.',
      'Partners:',
      'Saule Dialogue Centre - <http://www.saule-dialogue.kz>',
      'Write to a volunteer at someone@gmail.com.',
    ].join('\n');
    const orgs = organisationAliases(text);
    assert.deepEqual(
      orgs.find((o) => o.acronym === 'WPN'),
      {
        name: "Women's Peace Network",
        acronym: 'WPN',
        handles: ['@WPN_kg', 'facebook.com/wpn.kyrgyzstan'],
        domains: ['wpn-kg.org'],
      },
    );
    assert.deepEqual(
      orgs.find((o) => o.name === 'Saule Dialogue Centre'),
      { name: 'Saule Dialogue Centre', handles: [], domains: ['saule-dialogue.kz'] },
    );
    assert.ok(orgs.every((o) => !o.domains.includes('gmail.com')));
  });

  it('reads a list of names with links, bullets aside and a name in guillemets by that name', () => {
    const text =
      '- Vlora Youth Bridge – https://vlorayouthbridge.org\n• Jiggen Kolda – https://www.facebook.com/jiggenkolda\n' +
      'Центр поддержки семьи «Оила таянчи» – https://oilatayanchi.uz';
    assert.deepEqual(
      organisationAliases(text).map((o) => [o.name, o.domains.concat(o.handles)]),
      [
        ['Vlora Youth Bridge', ['vlorayouthbridge.org']],
        ['Jiggen Kolda', ['facebook.com/jiggenkolda']],
        ['Оила таянчи', ['oilatayanchi.uz']],
      ],
    );
  });

  it('links a handle and a domain to a name the caller knows by its distinctive words', () => {
    const text = 'Focal point: partnerships@qamar-relief.org\nTwitter ID: @QamarReliefYE';
    assert.deepEqual(
      organisationAliases(text, ['Qamar Relief Foundation']).find(
        (o) => o.name === 'Qamar Relief Foundation',
      ),
      { name: 'Qamar Relief Foundation', handles: ['@QamarReliefYE'], domains: ['qamar-relief.org'] },
    );
  });
});

describe('findEntities', () => {
  it('names an organisation listed with its town and its site without the town', () => {
    const e = findEntities(
      'Organizações:\n• ГО «Дунайська оселя», Ізмаїл — https://oselia.org.ua\n• Foyer Fanilo, Toamasina — https://foyerfanilo.mg',
    );
    assert.ok(
      e.organizations.includes('Дунайська оселя') && e.organizations.includes('Foyer Fanilo'),
      e.organizations.join(),
    );
    assert.ok(!e.organizations.some((o) => /Ізмаїл|Toamasina/u.test(o)), e.organizations.join());
  });

  it('reads a name wrapped over two lines of prose, not across a list, a credit line or a label', () => {
    const prose = findEntities(
      'A Conferência foi organizada pela Associação de Mulheres Unidas pela Paz em Cabo\nDelgado (AMUPAC), em parceria com a rede.',
    );
    assert.ok(
      prose.organizations.includes('Associação de Mulheres Unidas pela Paz em Cabo Delgado'),
      prose.organizations.join(),
    );
    const credits = findEntities(
      'Anahit Grigoryan, Research Coordinator, South Caucasus Child Rights Forum\nLevon Sargsyan, Volunteer Analyst, Armenian Helpline',
    );
    assert.ok(!credits.organizations.some((o) => o.includes('Levon')), credits.organizations.join());
    const labelled = findEntities(
      'The survey was run by the Adriatic Child Safety Alliance across the region\nContact: info@acsa.org',
    );
    assert.ok(!labelled.organizations.some((o) => /Contact/u.test(o)), labelled.organizations.join());
  });

  it('keeps a name inside the name of a public body as part of it', () => {
    const entities = findEntities('Early warnings came from the Kenya Meteorological Department in Nairobi.');
    assert.ok(entities.organizations.includes('Kenya Meteorological Department'));
    assert.ok(!entities.persons.some((p) => p.includes('Meteorological')), JSON.stringify(entities.persons));
  });

  it('lists each kind once, in order of first mention', () => {
    const text =
      'The Steppe Coalition for Children’s Safety (SCCS) works in Kyrgyzstan and Kazakhstan; in Kyrgyzstan it runs ' +
      '#SafeYards. Mail info@sccs.kg or visit www.sccs.kg, or @SCCS_kg.';
    const e = findEntities(text);
    assert.deepEqual(e.countries, ['KG', 'KZ']);
    assert.deepEqual(e.emails, ['info@sccs.kg']);
    assert.deepEqual(e.urls, ['www.sccs.kg']);
    assert.deepEqual(e.handles, ['@SCCS_kg']);
    assert.deepEqual(e.hashtags, ['#SafeYards']);
    assert.ok(e.organizations.includes('Steppe Coalition for Children’s Safety'));
  });
});

describe('findContacts in a long text', () => {
  it('finds each link where it stands, whatever surrounds it, and nothing in sentence ends', () => {
    const filler = 'The committee met. It agreed. ';
    const text = `${filler.repeat(50)}(see https://example.org/a)\n${filler}www.partner.ngo,\twrite to desk@example.org.\n${filler.repeat(50)}End.`;
    const found = findContacts(text);
    assert.deepEqual(
      found.map((c) => [c.kind, c.value]),
      [
        ['url', 'https://example.org/a'],
        ['url', 'www.partner.ngo'],
        ['email', 'desk@example.org'],
      ],
    );
    for (const c of found) assert.equal(text.slice(c.start, c.end), c.value);
  });
});
