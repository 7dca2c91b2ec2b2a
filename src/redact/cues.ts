/**
 * The words around names that tell what they are, in the languages Tessera serves. All keys are as
 * `keyOf` makes them (lower case, no diacritics; Arabic alef and yeh forms folded).
 */
import { keyOf } from './text.js';

function set(...groups: string[]): Set<string> {
  return new Set(groups.flatMap((g) => g.split('|')).map((w) => keyOf(w.trim())));
}

/** Titles and honorifics before a name; they are not part of the name. */
export const TITLES = set(
  'mr|mrs|ms|miss|mx|dr|prof|professor|sir|lady|dame|hon|honourable|rev|reverend|pastor|father|fr|sister|brother|bishop|imam|sheikh|shaikh|sheik|sheikha|mullah|mawlana|ustaz|ustadh|ustadha|hajji|haji|hajja|hajjah|sayyid|sayed|eng|engr|engineer|judge|justice|commander|colonel|col|general|gen|captain|capt|major|lt|sgt|chief|mayor|governor|senator|mp|deputy|minister|president',
  'mwami|mama|papa|maman|tata|mzee|bibi|datu|bai|hadji|sultan|emir|prince|princess|king|queen|u|daw|ko|maung|nang|ma|sra|sr|srta|senor|senora|senorita|don|dona|lic|licenciado|licenciada|ing|abogado|abogada',
  'm|mme|mlle|monsieur|madame|mademoiselle|maitre|me|abbe|pere|soeur|docteur|pr|cheikh|imam',
  'г-н|г-жа|господин|госпожа|пан|пані|д-р|доктор|аксакал|эже|агай|апа|ата',
  'الشيخ|الشيخه|السيد|السيده|الانسه|الاستاذ|الاستاذه|الدكتور|الدكتوره|د|المهندس|المهندسه|الحاج|الحاجه|الامام|الاب|القاضي|المحامي|المحاميه|الناشط|الناشطه|الصحفي|الصحفيه|المعلم|المعلمه|العقيد|اللواء|النقيب|المختار|الملا|كاك|مام|خاتون|خانم',
);

/** Titles that also begin place names or are ordinary words: only a title when a name follows at once. */
export const WEAK_TITLES = set(
  'u|ma|ko|daw|me|m|bai|datu|chief|general|major|judge|justice|mama|papa|don|president|minister|deputy|king|queen|prince|sultan|emir|lady|sister|brother|father',
);

/** Words and phrases that say a person is named next: roles, kin, verbs of saying, "by:". */
export const ROLES = set(
  'activist|activists|lawyer|lawyers|attorney|journalist|defender|defenders|volunteer|volunteers|teacher|nurse|doctor|midwife|mother|father|son|daughter|wife|husband|brother|sister|widow|widower|colleague|colleagues|survivor|survivors|detainee|detainees|prisoner|resident|residents|farmer|student|pupil|coordinator|director|chairperson|chairwoman|chairman|chair|leader|member|mediator|paralegal|officer|founder|spokesperson|spokesman|spokeswoman|head|cousin|uncle|aunt|niece|nephew|grandmother|grandfather|friend|author|interviewee|respondent|witness|victim|victims|singer|artist|poet|blogger|youtuber|influencer|trainer|facilitator|mentor|participant|beneficiary|worker|elder|priest|nun|chief|councillor|councilor|counsellor|psychologist|mp|interviewer',
  'militant|militante|avocat|avocate|journaliste|defenseur|defenseure|benevole|enseignant|enseignante|infirmiere|mere|pere|fils|fille|epouse|mari|frere|soeur|veuve|collegue|survivante|survivant|detenu|detenue|habitant|habitante|agricultrice|agriculteur|eleve|coordinatrice|coordinateur|directrice|directeur|presidente|president|membre|mediatrice|mediateur|parajuriste|fondatrice|fondateur|temoin|victime|chef|pasteur',
  'activista|abogada|abogado|periodista|defensora|defensor|voluntaria|voluntario|maestra|maestro|enfermera|madre|padre|hijo|hija|esposa|esposo|hermano|hermana|viuda|companera|companero|sobreviviente|detenido|detenida|habitante|campesina|campesino|lideresa|lider|coordinadora|coordinador|directora|presidenta|miembro|integrante|mediadora|fundadora|fundador|testigo|victima',
  'активист|активистка|юрист|адвокат|журналист|журналистка|правозащитник|правозащитница|волонтер|волонтерка|учитель|учительница|медсестра|мать|отец|сын|дочь|жена|муж|брат|сестра|вдова|коллега|житель|жительница|фермер|студент|студентка|координатор|директор|председатель|лидер|член|участник|участница|медиатор|основатель|основательница|рассказывает|рассказала|рассказал|говорит|сказала|сказал|словам|подписал|подписала|контактное|лицо|особа|контактна|пани|пан|депутат|депутатка|активістка|правозахисниця|правозахисник|волонтер|волонтерка|мешканка|мешканець|координаторка|засновниця|розповідає|каже|сказала|сказав',
  'قال|قالت|اكد|اكدت|اوضح|اوضحت|اشار|اشارت|ذكر|ذكرت|اضاف|اضافت|صرح|صرحت|روى|روت|تقول|يقول|اسس|اسست|قاد|قادت|ترأس|ترأست|شكر|بقلم|تصوير|المواطن|المواطنه|الطفل|الطفله|الشاب|الشابه|السيده|زوجه|زوج|ابن|ابنه|شقيق|شقيقه|والد|والده|ام|عائله|المعتقل|المعتقله|الضحيه|الناجيه|الناجي|المتطوع|المتطوعه|عضو|عضوه|رئيس|رئيسه|منسق|منسقه|مديره|مدير',
);

/** Words that say a person is named next, besides roles: "by", "according to", "said", "Photo:". */
export const NAMING = set(
  'named|called|by|photo|credit|credits|dear|thanks|thank|contact|interviewed|according|told|met|say|says|said|asked|wrote|written|featuring|feat|with|colleague|colleagues|friend',
  'selon|par|signe|nommee|nomme|appelee|appele|merci|avec|segun|llamada|llamado|gracias|con|por',
  'по|словам|разом|вместе|рассказывает|говорит|сказала|сказал|спасибо|каже|розповідає|дякуємо',
);
export const PERSON_BEFORE = new Set([...ROLES, ...NAMING]);

/** Words after a name that say it is a person: verbs of saying and acting, "(name changed)". */
export const PERSON_AFTER = set(
  'said|says|told|tells|explained|explains|added|adds|recalled|recalls|noted|notes|stressed|argued|asked|asks|answered|wrote|writes|shared|shares|reported|reports|believes|thinks|thought|remembers|knows|knew|wants|wanted|hopes|hoped|feels|felt|lives|lived|works|worked|leads|led|founded|chaired|chairs|presented|presents|invited|invites|hosted|hosts|organised|organized|organises|organizes|met|meets|joined|joins|received|receives|started|starts|runs|ran|trained|trains|helped|helps|attended|attends|became|becomes|came|comes|went|goes|is|was|has|had|will|can|could|would|may|might|must|did|does|and|who|whose|herself|himself|uulu|kyzy|nee',
  'a|declare|explique|raconte|affirme|souligne|ajoute|dit|temoigne|estime|pense|vit|travaille|dirige|preside|est|etait|qui',
  'dijo|dice|explico|explica|conto|cuenta|afirmo|afirma|agrego|relata|relato|vive|trabaja|dirige|preside|es|era|fue|quien',
  'рассказывает|рассказала|рассказал|говорит|сказала|сказал|отметила|отметил|объясняет|считает|живет|работает|возглавляет|впервые|выступила|выступил|открыла|открыл|организовала|организовал|каже|розповідає|сказала|сказав|зазначила|відкрила|очолює|уулу|кызы|ачты|айтты|билдирди',
);

/** Words before a place: locative prepositions. */
export const PLACE_BEFORE = set(
  'in|from|near|at|across|around|outside|inside|towards|toward|throughout|within|into|via|to',
  'a|au|aux|en|dans|vers|pres|depuis|jusqua|d|de|des|du',
  'en|desde|hacia|cerca|hasta|de|del',
  'в|во|из|на|у|под|около|до|возле|через|по|з|із|зі|біля|під|через',
  'город|города|городе|село|села|селе|деревня|деревни|деревне|поселок|поселка|поселке|район|района|районе|область|области|місто|міста|місті|селище|селища|селі|району|області|г|с|пгт|смт',
);
/** Of these, the ones that often precede other things than places ("to Ahmed", "de Paris"/"de María"). */
export const WEAK_PLACE_BEFORE = set('to|at|de|des|du|del|d|a|на|по|до|у|at|via|into|з|із|зі|с|со');

/** Nouns whose "of X" names a place: "the district of X", "the mayor of X". */
export const PLACE_OF = set(
  'council|councils|committee|parliament|assembly|office|university|hospital|prison|court|police|market|chief|chiefs|chiefdom|elders|diocese|parish|schools|school|governorate|outskirts|streets|province|district|districts|province|provinces|governorate|governorates|region|regions|city|cities|town|towns|village|villages|municipality|municipalities|mayor|governor|outskirts|suburbs|people|residents|inhabitants|women|men|youth|children|families|camp|camps|area|areas|county|department|state|commune|capital|centre|center|streets|neighbourhoods|neighborhoods|parts|north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|ville|commune|village|region|province|quartier|municipio|ciudad|pueblo|vereda|corregimiento|departamento|barrio',
);

/** Generic words after a place: "X district", "X camp". */
export const PLACE_AFTER = set(
  'district|province|governorate|region|camp|village|city|town|township|oblast|county|valley|river|municipality|area|neighbourhood|neighborhood|sub-district|subdistrict|department|state|prefecture|commune|settlement|shelter|border|border-crossing|crossing|checkpoint|prison|airport|port|rayon|raion|locality|territory|chiefdom|barangay|ward|zone',
  'шаары|шаарында|шаарындагы|районундагы|айылындагы|облусундагы|шаарынан|шаарына|району|районунда|облусу|облусунда|айылы|айылында|области|район|районе|области|город|городе|села|селе|село|область|місто|місті|селі|області|районі',
);

/** Words before a place in Arabic: city, village, camp, province of X; in, from, to. */
export const ARABIC_PLACE_BEFORE = set(
  'مدينه|بلده|قريه|مخيم|محافظه|منطقه|ناحيه|قضاء|حي|ولايه|مديريه|مركز|ريف|شمال|جنوب|شرق|غرب|في|من|الى|نحو|قرب|داخل|خارج',
);
export const ARABIC_STRONG_PLACE_BEFORE = set('مدينه|بلده|قريه|مخيم|محافظه|ناحيه|قضاء|ولايه|ريف|حي');

/** Arabic name particles: bin, bint, ibn, abu, umm, abd (as in Abd al-Rahman). */
export const ARABIC_PARTICLES = set('بن|بنت|ابن|ابو|ام|عبد');

/** Arabic words that begin an organisation's name. */
export const ARABIC_ORG_HEADS = set(
  'جمعيه|منظمه|شبكه|مؤسسه|رابطه|اتحاد|منتدى|تجمع|تحالف|ائتلاف|مبادره|حركه|ملتقى|هيئه|مركز|اذاعه|راديو|قناه|صحيفه',
);
/** Arabic state bodies: not labelled as organisations. */
export const ARABIC_STATE_HEADS = set(
  'وزاره|مديريه|محكمه|مجلس|بلديه|محافظه|دائره|النيابه|الشرطه|الحكومه|البرلمان',
);

/** Particles inside Latin-script names. */
export const NAME_PARTICLES = set(
  'al|el|bin|bint|ibn|ben|bent|abu|abou|umm|um|ould|wuld|uulu|kyzy|kizi|ogly|oglu|de|da|do|dos|das|di|del|della|dela|van|von|der|den|ter|ten|le|la|du|mac|mc|y|e|st|saint|saw|naw|nang|sai|nan|ba|bte|binti|uulu',
  'уулу|кызы|оглы|кизи|бин|ибн|абу|ибн',
);
/** Of those, the ones that can begin a name (kunyas and Karen or Shan given-name prefixes). */
export const LEADING_PARTICLES = set('abu|abou|umm|um|saw|naw|nang|sai|al|el|абу');
/** Particles that end a name (Kyrgyz and Kazakh "son of", "daughter of"). */
export const TRAILING_PARTICLES = set('uulu|kyzy|kizi|ogly|уулу|кызы|оглы|кизи');

/** Family-name endings by region: Slavic and Central Asian, Balkan, Armenian, Georgian, Persian, Turkic. */
export const SURNAME_SHAPE =
  /(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|ski|ska|skaya|skyi|ska|enko|uk|yuk|chuk|iuk|ich|ic|vic|vić|ović|ević|ić|ovich|evich|yan|ian|dze|shvili|zadeh|zada|pour|oglu|ogullari|uulu|kyzy|bekov|bekova|baev|baeva|aliev|alieva|ova|ovna|evna|ivna|yivna|ovych|ovych|aitė|ienė|ytė|ienko|shenko|chenko|eanu|escu)$/u;
export const CYRILLIC_SURNAME_SHAPE =
  /(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|ськ|ська|ський|енко|ук|юк|чук|ич|вич|ович|евич|овна|евна|івна|ївна|ович|івич|ян|дзе|швили|заде|уулу|кызы|бекова|беков)(?:а|у|ой|ым|ом|е|ой|ої|ою|им|ем|их|м|ми|го|му)?$/u;

/** Words that end an organisation's name ("X Network"), strong ones first. */
export const ORG_HEADS_STRONG = set(
  'network|networks|association|associations|foundation|trust|coalition|forum|union|collective|initiative|institute|society|alliance|league|movement|federation|organisation|organization|fund|cooperative|co-op|consortium|hub|circle|monitors|defenders|watch|radio|fm|tv|television|magazine|newspaper|news|media|press|agency|academy|clinic|chamber|syndicate|guild|brotherhood|sisterhood|sisters|brothers|partners|partnership|lab|laboratory|observatory|ngo|cso|cbo',
);
export const ORG_HEADS_WEAK = set(
  'centre|center|group|club|desk|committee|council|parliament|platform|team|project|school|university|college|house|home|office|service|services|bank|company|corporation|ltd|inc|llc|front|party|army|mission|caucus|assembly|board|commission|circle|station',
);
/** Words that begin an organisation's name ("Association des ...", "Red de ..."). */
export const ORG_STARTS = set(
  'association|associations|asociacion|associacao|fundacion|fundacao|fondation|foundation|rede|fundo|federacao|coligacao|movimento|uniao|organizacao|observatorio|observatoire|colectivo|collectif|collective|red|reseau|corporacion|coalicion|coalition|mouvement|movimiento|centre|centro|center|union|radio|cooperativa|cooperative|ligue|liga|plateforme|plataforma|instituto|institut|institute|organisation|organizacion|organization|federation|federacion|alliance|alianza|comite|comité|groupe|grupo|mesa|consejo|observatorio|observatoire|fonds|fondo|club|forum|foro|network|society|sociedad|caritas|amicale|cadre|collectif|synergie|union|action|solidarite|solidaridad|coletivo|laboratorio|clinica|clinique|clinic|ассоциация|фонд|центр|союз|движение|сеть|объединение|общество|организация|альянс|коалиция|клуб|громадська|організація|організації|спілка|мережа|рух|об’єднання|асоціація|фундація|коаліція|бірикме|борбор|уюм|коомдук',
);
/** State and public institutions named by function: not labelled as organisations. */
export const STATE_HEADS = set(
  'ministry|ministries|ministere|ministerio|directorate|department|departement|office|court|courts|tribunal|municipality|government|gouvernement|gobierno|parliament|parlement|senate|congress|prosecutor|prosecution|ombudsman|ombudsperson|police|army|embassy|consulate|commission|committee|assembly|administration|authority|authorities|bureau|cabinet|presidency|governorate|council|secretariat|mayoralty|alcaldia|gobernacion|prefecture|mairie|defensoria|fiscalia|procuraduria|delegacia|conservatoria|secretaria|prefeitura|registry|министерство|міністерство|министрлиги|правительство|уряд|парламент|суд|прокуратура|полиция|поліція|аким|акимиат|мэрия|администрация|управление|управління|департамент|агентство|служба|рада|комитет|комиссия|жогорку|кенеш|кенеша|айыл|айылного',
);

/** Words after a proper noun that make it the name of a thing, not of a person or place. */
export const THING_AFTER = set(
  'programme|program|programmes|programs|project|projects|campaign|campaigns|course|courses|approach|method|methodology|model|strategy|framework|plan|award|prize|app|application|platform|hotline|helpline|page|account|accounts|channel|group|chat|festival|day|days|week|conference|summit|declaration|agreement|law|act|resolution|accord|process|pillar|code|language|languages|dialect|speakers|speaking|speaker|script|translation|version|edition|model|index|report|survey|toolkit|manual|guide|curriculum|module|session|sessions|training|trainings|workshop|workshops|standard|standards|principles|tool|tools|software|website|site|podcast|series|show|episode|newsletter|bulletin|magazine|fund',
);

/**
 * Capitalised words that are never personal data: months, weekdays, festivals, faiths, platforms,
 * languages, peoples. (Demonyms made from country names are recognised by shape as well.)
 */
export const NOT_NAMES = set(
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lunes|martes|miercoles|jueves|viernes|sabado|domingo',
  'январь|января|февраль|февраля|март|марта|апрель|апреля|май|мая|июнь|июня|июль|июля|август|августа|сентябрь|сентября|октябрь|октября|ноябрь|ноября|декабрь|декабря|січень|січня|лютий|лютого|березень|березня|квітень|квітня|травень|травня|червень|червня|липень|липня|серпень|серпня|вересень|вересня|жовтень|жовтня|листопад|листопада|грудень|грудня',
  'январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні',
  'كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|رمضان|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد',
  'ramadan|ramadhan|eid|christmas|easter|lent|diwali|nowruz|navruz|newroz|passover|hanukkah|ashura|mawlid|hajj|umrah|kurban|bayram|pentecost|advent',
  'god|allah|lord|jesus|christ|prophet|muhammad|quran|koran|bible|torah|gospel|islam|christianity|judaism|buddhism|hinduism|muslim|muslims|christian|christians|catholic|catholics|orthodox|protestant|protestants|evangelical|sunni|shia|shiite|alawite|druze|yazidi|yezidi|ezidi|jewish|jews|buddhist|hindu|sikh|bahai',
  'facebook|whatsapp|twitter|x|instagram|telegram|signal|viber|tiktok|youtube|zoom|skype|google|gmail|microsoft|excel|word|powerpoint|kobo|kobotoolbox|odk|android|iphone|internet|messenger|linkedin|snapchat|wechat|imo|clubhouse|spotify|soundcloud|dropbox|teams|outlook|yahoo|covid|covid-19|coronavirus|ebola|hiv|aids',
  'english|french|spanish|arabic|russian|ukrainian|kyrgyz|kirghiz|kazakh|uzbek|tajik|turkmen|turkish|kurdish|kurmanji|sorani|badini|persian|farsi|dari|pashto|urdu|hindi|bengali|burmese|karen|mon|shan|kachin|chin|rakhine|rohingya|kayah|karenni|swahili|kiswahili|lingala|kikongo|tshiluba|kinyarwanda|kirundi|mashi|nande|hutu|tutsi|banyamulenge|hema|lendu|twa|songhai|songhay|tamasheq|tamashek|tuareg|fulani|fula|fulfulde|peul|peuls|dogon|bambara|malinke|soninke|mossi|moore|hausa|yoruba|igbo|kanuri|zarma|dinka|nuer|shilluk|murle|azande|masalit|fur|zaghawa|beja|nuba|somali|oromo|amharic|tigrinya|tigray|afar|assyrian|chaldean|syriac|aramaic|armenian|circassian|bedouin|arab|arabs|kurd|kurds|turkmens|shabak|kakai|sabean|mandaean|albanian|serbian|serb|serbs|bosnian|bosniak|croatian|croat|montenegrin|macedonian|roma|romani|ashkali|egyptian|gorani|turk|turks|georgian|abkhaz|ossetian|chechen|ingush|avar|lezgin|tatar|bashkir|uyghur|dungan|pamiri|hazara|pashtun|baloch|tagalog|filipino|filipina|cebuano|visayan|ilocano|maranao|maguindanao|tausug|moro|bangsamoro|lumad|igorot|quechua|aymara|mapuche|wayuu|nasa|embera|afro-colombian|afro-descendant|garifuna|mayan|kichwa|guarani|indigenous|latino|latina|latinx|hispanic|african|asian|european|american|western|eastern|northern|southern|central|international|national|regional|global|european',
  'ngo|ngos|ong|osc|cso|csos|cbo|cbos|ingo|ingos|idp|idps|gbv|sgbv|vawg|m&e|mel|hrd|hrds|whrd|whrds|lgbt|lgbti|lgbtq|lgbtiq|sogi|pwd|pwds|crc|cedaw|upr|sdg|sdgs|hr|it|id|ids|sms|pdf|usd|eur|gbp|kgs|som|covid|mhpss|pss|wash|nfi|nfis|fgm|cm|tbd|tba|faq|q&a|ceo|cfo|ict|ai|ok|am|pm|bc|ad|ltd|inc|tv|fm|vs|etc|ie|eg|nb|ps|cv|rsvp|gps|vip|diy|asap|fyi|na|n/a|dm|rt|pr|hq|cc|bcc|re|fw|fwd|sos|ip|url|www|http|https|ii|iii|iv|vi|vii|viii|ix|xi|xii|gdp|npo|unscr',
  'биз|мен|сен|ал|алар|бул|ошол|жана|менен|үчүн|дагы|эле|бир|биздин|анын|алардын|мы|я|он|она|они|это|мені|ми|вони|він|вона|це',
  'outcome|outcomes|harvest|harvesting|significance|contribution|keywords|keyword|annex|appendix|table|figure|chart|source|sources|note|notes|summary|introduction|conclusion|background|methodology|findings|recommendations|objective|objectives|indicator|indicators|baseline|target|targets|result|results|output|outputs|activity|activities|round|phase|quarter|year|component|pillar|strategy|goal|goals|theme|themes',
);

/**
 * Named international bodies the field meets everywhere: always organisations, whatever their words.
 * A programme that treats one as public puts it on its allow-list.
 */
export const INTERNATIONAL_BODIES = [
  'United Nations',
  'UN Women',
  'UNHCR',
  'UNICEF',
  'UNDP',
  'UNFPA',
  'OHCHR',
  'OCHA',
  'UNESCO',
  'UNOPS',
  'UNMISS',
  'MONUSCO',
  'MINUSMA',
  'UNAMA',
  'UNAMI',
  'UNRWA',
  'WFP',
  'World Food Programme',
  'World Health Organization',
  'International Organization for Migration',
  'IOM',
  'ILO',
  'World Bank',
  'European Union',
  'African Union',
  'OSCE',
  'Council of Europe',
  'ICRC',
  'International Committee of the Red Cross',
  'Red Cross',
  'Red Crescent',
  'Amnesty International',
  'Human Rights Watch',
  'Médecins Sans Frontières',
  'Doctors Without Borders',
  'MSF',
  'Oxfam',
  'Save the Children',
  'Norwegian Refugee Council',
  'Danish Refugee Council',
  'International Rescue Committee',
  'Mercy Corps',
  'CARE International',
  'Plan International',
  'World Vision',
  'Islamic Relief',
  'ActionAid',
  'Search for Common Ground',
  'International Alert',
  'Saferworld',
  'Front Line Defenders',
  'Protection International',
  'Peace Brigades International',
  'International Crisis Group',
  'Caritas',
  'USAID',
  'GIZ',
  'FCDO',
  'Open Society Foundations',
  'Ford Foundation',
  'Global Fund for Women',
  'Urgent Action Fund',
  'Kvinna till Kvinna',
  'Cordaid',
  'Hivos',
  'Oxfam Novib',
  'Christian Aid',
  'Trócaire',
  'Tearfund',
  'Terre des Hommes',
  'Handicap International',
  'Humanity & Inclusion',
  'International Alert',
  'Conciliation Resources',
  'Interpeace',
  'HD Centre',
  'Carter Center',
];
