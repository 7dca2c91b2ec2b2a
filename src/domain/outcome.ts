/**
 * The outcome statement: who changed what, when and where, why it matters and how the programme
 * contributed. Canonical JSON uses these camelCase names (BRIEF, "Outcome fields").
 */
export interface Outcome {
  id: string;
  status: string | null;
  harvest: string | null;
  country: string | null;
  year: number | null;
  description: string;
  significance: string | null;
  additionalInfo: string | null;
  ratingSignificance: string | null;
  socialActor: string | null;
  scale: string | null;
  contributionProgramme: string | null;
  contributionOthers: string | null;
  ratingContribution: string | null;
  unintended: boolean | null;
  evidence: string | null;
  confidential: boolean;
  resultsFramework: string | null;
  objectives: string | null;
  /** The merged story field some harvest exports derive from the other text fields. */
  storyFragment: string | null;
  negative: boolean | null;
  typesOfChange: string[];
  cluster: string | null;
  /** Columns of the source that map to no canonical field, kept under their original header. */
  extra: Record<string, string>;
}

export type OutcomeField = Exclude<keyof Outcome, 'extra'>;

/** How a field's raw value is read and written. */
export type FieldKind =
  | 'id'
  | 'text'
  | 'year'
  | 'boolean'
  | 'rating'
  | 'status'
  | 'coded' // single code from a codebook list, or the value as given
  | 'codes'; // multi-select codes from a codebook list

export interface FieldSpec {
  key: OutcomeField;
  /** Column header in exports; also one of the names accepted on import. */
  label: string;
  kind: FieldKind;
  /** Codebook list for rating, status, coded and codes fields. */
  list?: string;
  /** Other header names seen in harvest exports, in any case, spacing or punctuation. */
  aliases: string[];
}

/** Every canonical field in export order, with the header names harvests use for it. */
export const OUTCOME_FIELDS: readonly FieldSpec[] = [
  {
    key: 'id',
    label: 'Outcome ID',
    kind: 'id',
    aliases: ['id', 'FragmentID', 'Fragment ID', 'Outcome code', 'Outcome number', 'Ref', 'Reference', 'No.'],
  },
  {
    key: 'status',
    label: 'Status',
    kind: 'status',
    list: 'outcome_status',
    aliases: ['Outcome status', 'Statut', 'Estado', 'Статус'],
  },
  {
    key: 'harvest',
    label: 'Harvest',
    kind: 'text',
    aliases: [
      'OH-harvesting period',
      'Harvesting period',
      'Harvest round',
      'Round',
      'Period',
      'Récolte',
      'Cosecha',
    ],
  },
  {
    key: 'country',
    label: 'Country',
    kind: 'text',
    aliases: ['Pays', 'País', 'Pais', 'Страна', 'Країна', 'Өлкө', 'البلد', 'Country of outcome'],
  },
  {
    key: 'year',
    label: 'Year',
    kind: 'year',
    aliases: ['Année', 'Annee', 'Año', 'Ano', 'Год', 'Рік', 'Жыл', 'السنة'],
  },
  {
    key: 'description',
    label: 'Description',
    kind: 'text',
    aliases: [
      'Outcome description',
      'Outcome',
      'Outcome statement',
      'Description of the outcome',
      'Description du changement',
      'Description du résultat',
      'Descripción',
      'Descripción del alcance',
      'Описание',
      'Опис',
      'الوصف',
    ],
  },
  {
    key: 'significance',
    label: 'Significance',
    kind: 'text',
    aliases: [
      'Significance of the outcome',
      'Significance description',
      'Importance',
      'Importancia',
      'Значимость',
    ],
  },
  {
    key: 'additionalInfo',
    label: 'Additional information',
    kind: 'text',
    aliases: ['Additional information (use if needed)', 'Additional info', 'Comments', 'Notes', 'Remarks'],
  },
  {
    key: 'ratingSignificance',
    label: 'Rating significance',
    kind: 'rating',
    list: 'rating_significance',
    aliases: ['Significance rating', 'Rating of significance', 'Level of significance'],
  },
  {
    key: 'socialActor',
    label: 'Social actor',
    kind: 'coded',
    list: 'social_actor',
    aliases: ['Social actors', 'Actor', 'Who changed', 'Change agent', 'Acteur social', 'Actor social'],
  },
  { key: 'scale', label: 'Scale', kind: 'coded', list: 'scale', aliases: ['Level', 'Échelle', 'Escala'] },
  {
    key: 'contributionProgramme',
    label: 'Contribution of the programme',
    kind: 'text',
    aliases: [
      'Contribution of the program',
      'Programme contribution',
      'Program contribution',
      'Contribution',
      'How the programme contributed',
    ],
  },
  {
    key: 'contributionOthers',
    label: 'Contribution of other actors and factors',
    kind: 'text',
    aliases: ['Contribution of others', 'Other contributions', 'Other actors and factors', 'Other factors'],
  },
  {
    key: 'ratingContribution',
    label: 'Rating contribution',
    kind: 'rating',
    list: 'rating_contribution',
    aliases: ['Contribution rating', 'Rating of contribution', 'Level of contribution'],
  },
  {
    key: 'unintended',
    label: 'Unintended',
    kind: 'boolean',
    aliases: [
      'The change was unintended',
      'Unintended change',
      'Unintended outcome',
      'Was the change unintended',
    ],
  },
  {
    key: 'evidence',
    label: 'Evidence',
    kind: 'text',
    aliases: [
      'Evidence supporting the outcome statement',
      'Evidence available',
      'Sources',
      'Source of evidence',
    ],
  },
  {
    key: 'confidential',
    label: 'Confidential',
    kind: 'boolean',
    aliases: ['Outcome statements is CONFIDENTIAL', 'Outcome statement is confidential', 'Is confidential'],
  },
  {
    key: 'resultsFramework',
    label: 'Results framework',
    kind: 'text',
    aliases: [
      'Link to Outcomes in Results Framework',
      'Results framework outcome',
      'Link to results framework',
    ],
  },
  {
    key: 'objectives',
    label: 'Objectives',
    kind: 'text',
    aliases: ['Link to SCC Specific Objectives', 'Specific objectives', 'Objective', 'Link to objectives'],
  },
  {
    key: 'storyFragment',
    label: 'Story fragment (merged)',
    kind: 'text',
    aliases: ['StoryFragment_Merged', 'Story fragment', 'Merged story', 'Story'],
  },
  {
    key: 'negative',
    label: 'Negative',
    kind: 'boolean',
    aliases: ['Outcome is negative', 'Negative outcome', 'Is negative'],
  },
  {
    key: 'typesOfChange',
    label: 'Types of change',
    kind: 'codes',
    list: 'type_of_change',
    aliases: [
      'MCQType of change',
      'MCQ Type of change',
      'Type of change',
      'Types de changement',
      'Tipo de cambio',
    ],
  },
  {
    key: 'cluster',
    label: 'Cluster',
    kind: 'coded',
    list: 'type_of_change_cluster',
    aliases: ['TypeOfChangeCluster', 'Type of change cluster', 'Cluster of change'],
  },
];

export const FIELD_BY_KEY: ReadonlyMap<OutcomeField, FieldSpec> = new Map(
  OUTCOME_FIELDS.map((f) => [f.key, f]),
);

/** An outcome with every optional field empty: the start of every importer's record. */
export function emptyOutcome(id: string, description: string): Outcome {
  return {
    id,
    status: null,
    harvest: null,
    country: null,
    year: null,
    description,
    significance: null,
    additionalInfo: null,
    ratingSignificance: null,
    socialActor: null,
    scale: null,
    contributionProgramme: null,
    contributionOthers: null,
    ratingContribution: null,
    unintended: null,
    evidence: null,
    confidential: false,
    resultsFramework: null,
    objectives: null,
    storyFragment: null,
    negative: null,
    typesOfChange: [],
    cluster: null,
    extra: {},
  };
}
