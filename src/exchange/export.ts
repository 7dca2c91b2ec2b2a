import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Codebook } from '../domain/codebook.js';
import { CODED_FIELDS, type CodedFieldSpec, codesOf } from '../domain/coding.js';
import type { Outcome } from '../domain/outcome.js';
import {
  actorAs,
  once as loadOnce,
  mustRedact,
  protectionFor,
  type Reader,
  redactPaths,
  redactTexts,
  revealed,
} from '../protect/index.js';
import { currentActor, type Db } from '../store/index.js';
import {
  caseGuid,
  codeGuid,
  DOCUMENT_KIND,
  groupGuid,
  labelOf,
  outcomeGuid,
  outcomeText,
  outcomeVariables,
  userGuid,
  type VariableEntry,
  valueGuid,
  variableGuid,
} from './mapping.js';
import { type DocumentItemRow, documentItems, lastCodings } from './queries.js';
import {
  guidOf,
  type QdaCode,
  type QdaCoding,
  type QdaProject,
  type QdaTextSource,
  type QdaVariable,
  type QdaVariableValue,
} from './refi-qda/project.js';
import { writeQdpx } from './refi-qda/write.js';

/** What a project carries besides the outcomes, read from the store. */
export interface ProjectExtras {
  /** The partner documents' items, as the reader may see them. */
  documents: DocumentItemRow[];
  /** Who last coded each field of each outcome, and when: keys are "outcome id\0field". */
  coders: Map<string, { actor: string; at: Date }>;
}

export interface ProjectExportInput {
  outcomes: AsyncIterable<Outcome>;
  codebook: Codebook;
  project?: ProjectExtras;
}

/**
 * The documents and coders for a project, protected as everywhere else: a reader who must not see a
 * document's originals gets its text, titles and file name redacted; showing the originals of
 * confidential documents is written to the audit log before anything goes out.
 */
export async function projectExtras(db: Db, reader: Reader): Promise<ProjectExtras> {
  const items = await documentItems(db);
  const hidden = items.filter((item) => mustRedact(reader, item.confidential));
  const shown = items.filter((item) => item.confidential && !mustRedact(reader, true));
  await revealed(
    db,
    actorAs(reader.role),
    { documents: [...new Set(shown.map((i) => i.documentId))] },
    'outcomes',
  );
  const protection = loadOnce(() => protectionFor(db));
  const texts = hidden.length
    ? await redactTexts(
        hidden.flatMap((i) => [i.text, i.title ?? '', i.documentTitle ?? '']),
        await protection(),
      )
    : [];
  const names = hidden.length
    ? await redactPaths(
        hidden.map((i) => i.name),
        await protection(),
      )
    : [];
  const redacted = new Map(
    hidden.map((item, i): [DocumentItemRow, DocumentItemRow] => [
      item,
      {
        ...item,
        name: names[i] ?? '',
        text: texts[3 * i] ?? '',
        title: item.title === null ? null : (texts[3 * i + 1] ?? ''),
        documentTitle: item.documentTitle === null ? null : (texts[3 * i + 2] ?? ''),
      },
    ]),
  );
  return { documents: items.map((item) => redacted.get(item) ?? item), coders: await lastCodings(db) };
}

/** One colour per code group, so that each list stands out in the QDA tool. */
const GROUP_COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];

/** A project under construction: users, codes and variables are added as outcomes need them. */
class ProjectBuilder {
  readonly users = new Map<string, string>();
  readonly groups = new Map<string, QdaCode>();
  readonly variables = new Map<string, QdaVariable>();
  /** Codes made for coded values that are no code of the codebook. */
  readonly valueCodes = new Set<string>();
  readonly project: QdaProject;

  constructor(codebook: Codebook, exporter: string) {
    this.project = {
      name: 'Tessera outcomes',
      origin: 'Tessera',
      creationDateTime: new Date().toISOString(),
      users: [],
      codes: [],
      variables: [],
      cases: [],
      sources: [],
      otherSources: [],
    };
    this.project.creatingUser = this.user(exporter);
    for (const [i, field] of CODED_FIELDS.entries()) {
      const group: QdaCode = {
        guid: groupGuid(field.key),
        name: labelOf(field.key),
        isCodable: false,
        color: GROUP_COLORS[i % GROUP_COLORS.length] as string,
        description: `Codes of the Tessera field ${field.key} (codebook list ${field.list}).`,
        children: (codebook.lists[field.list] ?? []).map((code) => ({
          guid: codeGuid(field, code.id),
          name: code.label,
          isCodable: true,
          children: [],
        })),
      };
      this.groups.set(field.key, group);
      this.project.codes.push(group);
    }
  }

  /** The guid of a user, added to the project the first time it is named. */
  user(name: string): string {
    let guid = this.users.get(name);
    if (!guid) {
      guid = userGuid(name);
      this.users.set(name, guid);
      this.project.users.push({ guid, name });
    }
    return guid;
  }

  /** The guid of the code for a coded value; a value that is no code of the codebook gets a code of its own. */
  code(field: CodedFieldSpec, value: string, codebook: Codebook): string {
    if (codebook.lists[field.list]?.some((c) => c.id === value)) return codeGuid(field, value);
    const guid = valueGuid(field, value);
    if (!this.valueCodes.has(guid)) {
      this.valueCodes.add(guid);
      (this.groups.get(field.key) as QdaCode).children.push({
        guid,
        name: value,
        isCodable: true,
        description: 'Not a code of the codebook: the value as the outcomes give it.',
        children: [],
      });
    }
    return guid;
  }

  values(entries: VariableEntry[]): QdaVariableValue[] {
    return entries.map(({ name, type, value }) => {
      let variable = this.variables.get(name);
      if (!variable) {
        variable = { guid: variableGuid(name), name, type };
        this.variables.set(name, variable);
        this.project.variables.push(variable);
      }
      return { variable: variable.guid, value };
    });
  }
}

type Coders = Map<string, { actor: string; at: Date }>;

function addOutcome(
  builder: ProjectBuilder,
  outcome: Outcome,
  codebook: Codebook,
  coders: Coders,
  exporter: string,
): void {
  const { text, start, end } = outcomeText(outcome);
  const codings: QdaCoding[] = CODED_FIELDS.flatMap((field) => {
    const coder = coders.get(`${outcome.id}\0${field.key}`);
    return codesOf(outcome, field.key).map((value) => ({
      guid: guidOf('coding', outcome.id, field.key, value),
      code: builder.code(field, value, codebook),
      creatingUser: builder.user(coder?.actor ?? exporter),
      ...(coder ? { creationDateTime: coder.at.toISOString() } : {}),
    }));
  });
  const source: QdaTextSource = {
    guid: outcomeGuid(outcome.id),
    name: outcome.id,
    text,
    selections: codings.length
      ? [
          {
            guid: guidOf('description', outcome.id),
            start,
            end,
            creatingUser: builder.user(exporter),
            codings,
          },
        ]
      : [],
    codings: [],
    variables: [],
  };
  builder.project.sources.push(source);
  builder.project.cases.push({
    guid: caseGuid(outcome.id),
    name: outcome.id,
    variables: builder.values(outcomeVariables(outcome, codebook)),
    sources: [source.guid],
  });
}

function documentSource(builder: ProjectBuilder, item: DocumentItemRow): QdaTextSource {
  const name =
    item.items > 1 ? `${item.name} #${item.position + 1}${item.title ? `: ${item.title}` : ''}` : item.name;
  const entries: VariableEntry[] = [
    { name: DOCUMENT_KIND, type: 'Text', value: item.kind },
    ...(item.language ? [{ name: 'Document language', type: 'Text' as const, value: item.language }] : []),
    ...((item.date ?? item.documentDate)
      ? [{ name: 'Document date', type: 'Text' as const, value: String(item.date ?? item.documentDate) }]
      : []),
    ...(item.documentTitle
      ? [{ name: 'Document title', type: 'Text' as const, value: item.documentTitle }]
      : []),
    { name: labelOf('confidential'), type: 'Boolean', value: item.confidential },
  ];
  return {
    guid: guidOf('document', item.documentId, item.position),
    name,
    ...(item.title ? { description: item.title } : {}),
    text: item.text,
    selections: [],
    codings: [],
    variables: builder.values(entries),
  };
}

/** Builds the project: the outcomes with their codings and cases, then the partner documents' items. */
export async function buildProject(input: ProjectExportInput): Promise<QdaProject> {
  const exporter = currentActor();
  const builder = new ProjectBuilder(input.codebook, exporter);
  const coders: Coders = input.project?.coders ?? new Map();
  for await (const outcome of input.outcomes) addOutcome(builder, outcome, input.codebook, coders, exporter);
  for (const item of input.project?.documents ?? [])
    builder.project.sources.push(documentSource(builder, item));
  return builder.project;
}

/** Writes the outcomes (and the partner documents, when given) as a REFI-QDA project (.qdpx). */
export async function exportProject(input: ProjectExportInput, out: Writable): Promise<void> {
  const bytes = await writeQdpx(await buildProject(input));
  if (!out.write(bytes)) await once(out, 'drain');
}
