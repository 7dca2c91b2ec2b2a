import { filterSql, type OutcomeFilter, type Queryable } from '../../store/index.js';

/** A partner document listed as evidence, with what ties it to the report's outcomes. */
export interface EvidenceDocument {
  id: number;
  /** File name; null for a confidential document. */
  name: string | null;
  kind: string;
  title: string | null;
  date: string | null;
  language: string | null;
  /** Outcomes it shares an actor with. */
  outcomes: string[];
  /** The actors named both in it and in those outcomes. */
  actors: string[];
  /** It names the factsheet's country. */
  namesCountry: boolean;
  confidential: boolean;
}

interface Row {
  id: number;
  name: string;
  kind: string;
  title: string | null;
  date: string | null;
  language: string | null;
  confidential: boolean;
  outcome_id: string | null;
  actor: string | null;
}

const COLUMNS = `d.id::integer AS id, d.name, d.kind, d.title, d.date, d.language, d.confidential`;
const COUNTRIES = `coalesce(d.extracted #> '{entities,countries}', '[]'::jsonb)`;

/**
 * Documents that evidence the outcomes a filter selects: those naming an actor that an outcome names
 * (outcome_actors, document_actors) and naming the outcome's country too, or naming no country when the
 * actor is named in outcomes of one country only: a name found across countries (the programme's own,
 * a donor's) must not tie a Mali report or a South Sudan news page to a Kosovo outcome. For a factsheet,
 * every document that names its country is listed too. Ties through the outcomes in `hidden`
 * (confidential ones the reader sees redacted) are left out, since the actor names would undo the
 * redaction; a confidential document is listed without name, title or actors when the reader may not
 * see confidential records.
 */
export async function evidenceDocuments(
  q: Queryable,
  filter: OutcomeFilter,
  options: { country?: string; hidden: Set<string>; redactConfidential: boolean },
): Promise<EvidenceDocument[]> {
  const { where, params } = filterSql(filter);
  const linked = await q.query<Row>(
    `WITH scope AS (SELECT id, country_code FROM outcomes ${where}),
     spread AS (SELECT oa.actor_id, count(DISTINCT o.country_code)::integer AS countries
                FROM outcome_actors oa JOIN outcomes o ON o.id = oa.outcome_id GROUP BY 1)
     SELECT ${COLUMNS}, s.id AS outcome_id, a.name AS actor
     FROM scope s
     JOIN outcome_actors oa ON oa.outcome_id = s.id
     JOIN spread sp ON sp.actor_id = oa.actor_id
     JOIN document_actors da ON da.actor_id = oa.actor_id
     JOIN actors a ON a.id = oa.actor_id
     JOIN documents d ON d.id = da.document_id
     WHERE ${COUNTRIES} @> jsonb_build_array(s.country_code)
        OR (jsonb_array_length(${COUNTRIES}) = 0 AND sp.countries <= 1)`,
    params,
  );
  const ofCountry = options.country
    ? await q.query<Row>(
        `SELECT ${COLUMNS}, NULL AS outcome_id, NULL AS actor FROM documents d WHERE ${COUNTRIES} @> jsonb_build_array($1::text)`,
        [options.country],
      )
    : [];
  const found = new Map<number, EvidenceDocument>();
  for (const row of [...ofCountry, ...linked.filter((r) => !options.hidden.has(r.outcome_id ?? ''))]) {
    const withheld = row.confidential && options.redactConfidential;
    const doc = found.get(row.id) ?? {
      id: row.id,
      name: withheld ? null : row.name,
      kind: row.kind,
      title: withheld ? null : row.title,
      date: row.date,
      language: row.language,
      outcomes: [],
      actors: [],
      namesCountry: false,
      confidential: row.confidential,
    };
    if (!row.outcome_id) doc.namesCountry = true;
    if (row.outcome_id && !doc.outcomes.includes(row.outcome_id)) doc.outcomes.push(row.outcome_id);
    if (row.actor && !withheld && !doc.actors.includes(row.actor)) doc.actors.push(row.actor);
    found.set(row.id, doc);
  }
  return [...found.values()]
    .map((doc) => ({
      ...doc,
      outcomes: doc.outcomes.sort(),
      actors: doc.actors.sort((a, b) => a.localeCompare(b)),
    }))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.name ?? '').localeCompare(b.name ?? ''));
}

/** Why a document is listed, in words: "names the country; names Ura Children's Protection Coalition". */
export function whyListed(d: EvidenceDocument): string {
  return [
    ...(d.namesCountry ? ['names the country'] : []),
    ...(d.actors.length ? [`names ${d.actors.join(', ')}`] : []),
  ].join('; ');
}

/** How a document is named in a report: its title, else its file name; a withheld one as such. */
export function documentLabel(d: EvidenceDocument): string {
  return d.title ?? d.name ?? 'Confidential document';
}
