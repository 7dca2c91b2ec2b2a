/**
 * The words the statement-quality checks read, per language (English, French, Spanish, Russian, Arabic):
 * how a statement names the programme itself, how it reports the programme's activities and outputs, how
 * it reports a change by someone else, and what significance or contribution text says nothing. Written
 * from outcome harvesting's definition of a good statement, not learnt from data.
 */

export type CueLanguage = 'en' | 'fr' | 'es' | 'ru' | 'ar';
/** The languages written in Latin letters, whose cues apply together. */
export const LATIN_LANGUAGES: readonly CueLanguage[] = ['en', 'fr', 'es'];

/** Alternatives as a whole-word pattern: letters may not touch either end (\b knows ASCII only). */
function whole(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
}

/** At the start of a clause: the same, anchored. */
function leading(alternatives: string): RegExp {
  return new RegExp(`^(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}

export interface LanguageCues {
  /** The programme as the one who acts: "we", "our team", "the project", "nous avons", "capacitamos". */
  programme: RegExp;
  /** Activities and outputs the programme delivers, as verbs after the programme or as passives. */
  activity: RegExp;
  /** A passive or impersonal construction (global); group 1 ends where an agent ("by ...") would start. */
  passive: RegExp;
  /** What introduces a passive's agent: "by", "par", "por", "من قبل". */
  agent: RegExp;
  /**
   * Taking part in, or receiving, the programme's activities: "attended a workshop", "received training".
   * Meetings are left out: an actor who starts attending a council's meetings has changed.
   */
  participation: RegExp;
  /** A change in someone's behaviour, relationships, actions, policies or practice. */
  change: RegExp;
  /** Words that open a relative clause: a passive after one is not the sentence's own verb. */
  relative: RegExp;
  /** Words that open an introductory clause before the subject: "In March 2023,", "Following our training,". */
  introduction: RegExp;
}

const EN: LanguageCues = {
  programme: leading(
    'we|our (?:own )?(?:team|staff|organi[sz]ation|project|programme|program|partners?|facilitators?|trainers?|volunteers?|network|coalition|alliance|mediators|paralegals)|the (?:project|programme|program)(?: team| staff)?|this (?:project|programme|program)|(?:the )?project staff',
  ),
  activity: whole(
    'trained|train|trains|organi[sz]ed|organi[sz]es?|held|holds?|conducted|delivered|distributed|provided|facilitated|supported|implemented|hosted|printed|funded|financed|equipped|sensiti[sz]ed|donated|disseminated|handed out|carried out|ran|launched|gave|offered|reached|produced|coached|mentored|built the capacity',
  ),
  passive:
    /(?<![\p{L}])((?:was|were|has been|have been|had been|is being|are being)\s+(?:\p{L}+ly\s+)?(?:\p{L}+ed|held|built|given|taught|run|set up|made|paid))(?![\p{L}])/giu,
  agent: /^\s+by\s+/iu,
  participation: whole(
    '(?:attended|participated in|took part in|benefited from|benefitted from|received|completed|followed) (?:\\S+ ){0,3}(?:trainings?|workshops?|sessions?|seminars?|courses?|webinars?|awareness|coaching)',
  ),
  change: whole(
    'adopted|adopts?|started|starts?|began|begun|begins?|created|established|formed|approved|allocated|passed|amended|changed|decided|agreed|signed|issued|opened|reopened|introduced|submitted|demanded|requested|committed|included|increased|reduced|stopped|banned|ordered|referred|appointed|invited|recognised|recognized|published|voted|enacted|withdrew|resumed|persuaded|convinced|negotiated|no longer|for the first time|set up',
  ),
  relative: whole('who|whom|which|that|where|whose'),
  introduction: leading(
    'in|on|at|during|following|after|since|between|from|by|through|thanks to|as a result|recently|last|this|early|late|later|in the',
  ),
};

const FR: LanguageCues = {
  programme: leading(
    "nous|notre (?:équipe|organisation|projet|programme|partenaire|association|réseau|coalition)|nos (?:équipes|partenaires|animatrices|animateurs|formateurs|formatrices|médiateurs|médiatrices|juristes)|(?:le|ce) (?:projet|programme)(?! de (?:loi|décret|budget|code|règlement|arrêté|plan|texte))|l['’]équipe du (?:projet|programme)",
  ),
  activity: whole(
    'formé(?:e|s|es)?|organisé(?:e|s|es)?|tenu(?:e|s|es)?|réalisé(?:e|s|es)?|mené(?:e|s|es)?|distribué(?:e|s|es)?|animé(?:e|s|es)?|appuyé(?:e|s|es)?|soutenu(?:e|s|es)?|financé(?:e|s|es)?|fourni(?:e|s|es)?|sensibilisé(?:e|s|es)?|équipé(?:e|s|es)?|lancé(?:e|s|es)?|dispensé(?:e|s|es)?|facilité(?:e|s|es)?|accompagné(?:e|s|es)?|offert(?:e|s|es)?|renforcé les capacités|remis(?:e|es)?|touché(?:e|s|es)?',
  ),
  passive:
    /(?<![\p{L}])((?:a|ont|avait|avaient)\s+été\s+\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)|se\s+sont\s+tenu(?:e|s|es)?)(?![\p{L}])/giu,
  agent: /^\s+(?:par|grâce à)\s+/iu,
  participation: whole(
    "(?:ont|a) (?:participé à|assisté à|pris part à|suivi|bénéficié d['’e]\\s?|reçu) (?:\\S+ ){0,3}(?:formations?|ateliers?|sessions?|séminaires?|sensibilisations?|cours)",
  ),
  change: whole(
    "(?:a|ont|avait|avaient) (?:adopté|commencé|créé|approuvé|alloué|inscrit|mis en place|décidé|négocié|publié|ouvert|accepté|signé|interdit|intégré|nommé|obtenu|demandé|modifié|voté|révisé|revendiqué|exigé|recruté)|acceptent|commencent|utilisent|désormais|pour la première fois|n['’]\\S+ plus",
  ),
  relative: whole('qui|que|qu|dont|lequel|laquelle|lesquels|lesquelles'),
  introduction: leading(
    'en|au|à|aux|lors|depuis|après|suite|grâce|entre|dès|début|fin|pendant|durant|au cours|à la suite|récemment',
  ),
};

const ES: LanguageCues = {
  programme: leading(
    'nosotr[oa]s|hemos|nuestr[oa]s? (?:equipo|proyecto|programa|socio|socia|socios|socias|organización|red|fundación|facilitador(?:as|es)?)|(?:el|este) (?:proyecto|programa)(?! de (?:ley|decreto|presupuesto|reglamento|código|acuerdo|ordenanza))|\\p{L}{3,}(?:amos|imos)',
  ),
  activity: whole(
    'capacit\\p{L}*|organiz\\p{L}*|realiz\\p{L}*|entreg\\p{L}*|distribu\\p{L}*|impart\\p{L}*|facilit\\p{L}*|apoy\\p{L}*|financ\\p{L}*|brind\\p{L}*|sensibiliz\\p{L}*|formad[oa]s?|formamos|llev(?:ó|amos|aron) a cabo|dict\\p{L}*|ejecut\\p{L}*|celebr\\p{L}*|acompañ\\p{L}*',
  ),
  passive:
    /(?<![\p{L}])((?:fue|fueron|ha sido|han sido|había sido|habían sido)\s+\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|ito|ita|itos|itas)|^(?:(?:en|durante|desde|entre)\s+(?:\S+\s+){0,4})?se\s+\p{L}+(?:aron|ieron|ó|ió)(?:\s+a\s+cabo)?)(?![\p{L}])/giu,
  agent: /^\s+por\s+/iu,
  participation: whole(
    '(?:participaron|participó|asistieron|asistió|tomaron parte|recibieron|recibió|se beneficiaron|se benefició) (?:\\S+ ){0,3}(?:talleres|taller|capacitaci(?:ón|ones)|formaci(?:ón|ones)|cursos?|sesi(?:ón|ones)|seminarios?|charlas?)',
  ),
  change: whole(
    'aprob(?:ó|aron)|adopt(?:ó|aron)|comenz(?:ó|aron)|empez(?:ó|aron)|cre(?:ó|aron)|asign(?:ó|aron)|modific(?:ó|aron)|decidi(?:ó|eron)|firm(?:ó|aron)|incluy(?:ó|eron)|abri(?:ó|eron)|exigi(?:ó|eron)|establec(?:ió|ieron)|prohibi(?:ó|eron)|destin(?:ó|aron)|nombr(?:ó|aron)|organizaron turnos|participan|gestionan|utilizan|por primera vez|ya no',
  ),
  relative: whole('que|quien|quienes|cual|cuales|donde|cuyo|cuya'),
  introduction: leading('en|durante|desde|tras|después|gracias|a partir|entre|al|a raíz|recientemente'),
};

const RU: LanguageCues = {
  programme: leading(
    'мы|наш\\p{L}* (?:команд\\p{L}*|организаци\\p{L}*|проект\\p{L}*|партн[её]р\\p{L}*|тренер\\p{L}*|юрист\\p{L}*|сотрудник\\p{L}*)|(?:проект|программа)(?=\\s+(?:пров|организ|обуч|распростр|разда|поддерж|профинанс|предостав|оплат))',
  ),
  activity: whole(
    'пров[её]л\\p{L}*|провели|организовал\\p{L}*|обучил\\p{L}*|распространил\\p{L}*|раздал\\p{L}*|поддержал\\p{L}*|профинансировал\\p{L}*|предоставил\\p{L}*|проведен\\p{L}*|организован\\p{L}*|обучен\\p{L}*|распространен\\p{L}*|роздан\\p{L}*',
  ),
  passive:
    /(?<![\p{L}])((?:был|была|было|были|будут)\s+\p{L}+(?:ны|на|но|ен|ан|ян|ты|та|то|т))(?![\p{L}])/giu,
  // the agent of a Russian passive is a noun in the instrumental: "принят парламентом"
  agent: /^\s+(?:силами\s+|при поддержке\s+|(?=\p{L}+(?:ом|ем|ём|ой|ей|ами|ями)(?![\p{L}])))/iu,
  participation: whole(
    '(?:принял\\p{L}* участие|участвовал\\p{L}*|посетил\\p{L}*|прошл\\p{L}*|получил\\p{L}*) (?:\\S+ ){0,3}(?:тренинг\\p{L}*|семинар\\p{L}*|обучени\\p{L}*|курс\\p{L}*|сесси\\p{L}*)|прошл\\p{L}* обучение',
  ),
  change: whole(
    'принял\\p{L}*|начал\\p{L}*|созда\\p{L}*|утверди\\p{L}*|утвердил\\p{L}*|открыл\\p{L}*|выдели\\p{L}*|реши\\p{L}*|решил\\p{L}*|впервые|стал\\p{L}*|перестал\\p{L}*|изменил\\p{L}*|запретил\\p{L}*|подписал\\p{L}*',
  ),
  relative: whole('который|которая|которое|которые|которых|кто|что|где'),
  introduction: leading('в|во|с|со|после|благодаря|по итогам|в течение|за|начиная'),
};

const AR: LanguageCues = {
  // Arabic puts the verb first and marks "we" on it: نظمنا "we organised", قمنا بـ "we carried out"
  programme: leading(
    'نحن|قمنا|نظمنا|نظّمنا|دربنا|درّبنا|عقدنا|وزعنا|وزّعنا|قدمنا|قدّمنا|دعمنا|ساعدنا|أقمنا|اقمنا|نفذنا|نفّذنا|موّلنا|مولنا|فريقنا|منظمتنا|شركاؤنا|شريكنا|المشروع|البرنامج',
  ),
  activity: whole(
    'قمنا|نظمنا|نظّمنا|دربنا|درّبنا|عقدنا|وزعنا|وزّعنا|قدمنا|قدّمنا|دعمنا|أقمنا|اقمنا|نفذنا|نفّذنا|موّلنا|مولنا|تدريب|تنظيم|توزيع|تنفيذ|إقامة|اقامة',
  ),
  passive: /(?<![\p{L}])(تمّ?\s+\p{L}+)(?![\p{L}])/gu,
  agent: /^\s+(?:من قبل|بواسطة)\s+/u,
  participation: whole(
    '(?:شارك|شاركت|شاركوا|حضر|حضرت|حضروا|استفاد|استفادت|استفادوا|تلقى|تلقت|تلقوا)(?:\\s+\\S+){0,4}\\s+(?:في|من)\\s+(?:ورشة|ورش|تدريب|دورة|دورات|جلسة|جلسات|ندوة)\\p{L}*',
  ),
  change: whole(
    'أصدر|أصدرت|اصدر|بدأ|بدأت|بدات|أنشأ|أنشأت|انشأت|افتتح|افتتحت|اعتمد|اعتمدت|أقر|أقرت|خصص|خصصت|قرر|قررت|لأول مرة|أصبح|أصبحت|باتت|وقع|وقعت',
  ),
  relative: whole('الذي|التي|الذين|اللواتي|اللاتي'),
  introduction: leading('في|منذ|بعد|خلال|بفضل|عام|مع|إثر|اثر'),
};

export const CUES: Record<CueLanguage, LanguageCues> = { en: EN, fr: FR, es: ES, ru: RU, ar: AR };

/**
 * The programme's partners, in every language: a partner that delivers the programme's activities ("our
 * partner trained paralegals") is the programme acting; one that changes its own practice is a social actor.
 */
export const PARTNER =
  /^(?:our (?:own )?partners?|notre partenaire|nos partenaires|nuestr[oa]s? soci[oa]s?|наш\p{L}* партн[её]р\p{L}*|شركاؤنا|شريكنا)/iu;

/**
 * Significance or contribution text that says nothing on its own: "N/A", "Important.", "See above",
 * "Training.", "Our support." (folded: lower case, no accents, no punctuation).
 */
export const EMPTY_PHRASES = new Set(
  [
    'n a',
    'na',
    'none',
    'nil',
    'tbd',
    'tbc',
    'unknown',
    'see above',
    'same as above',
    'as above',
    'idem',
    'important',
    'very important',
    'significant',
    'very significant',
    'high',
    'medium',
    'low',
    'yes',
    'no',
    'voir ci dessus',
    'cf ci dessus',
    'neant',
    'non applicable',
    'tres important',
    'significatif',
    'tres significatif',
    'ver arriba',
    'no aplica',
    'ninguno',
    'ninguna',
    'importante',
    'muy importante',
    'es importante',
    'significativo',
    'важно',
    'очень важно',
    'значимо',
    'нет',
    'см выше',
    'не применимо',
    'مهم',
    'مهم جدا',
    'لا يوجد',
    'لا ينطبق',
  ].map((p) => p.normalize('NFC')),
);
