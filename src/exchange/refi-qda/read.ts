import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import type {
  QdaCase,
  QdaCode,
  QdaCoding,
  QdaProject,
  QdaSelection,
  QdaTextSource,
  QdaVariable,
  QdaVariableValue,
  VariableType,
} from './project.js';

/** A file that is not a REFI-QDA project Tessera can read, with what is wrong in words people act on. */
export class UnreadableProject extends Error {}

type Node = Record<string, unknown>;

/** Elements that may repeat: always read as lists, so that one and many look the same. */
const REPEATED = new Set([
  'User',
  'Code',
  'Variable',
  'Case',
  'TextSource',
  'PDFSource',
  'PictureSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'Coding',
  'CodeRef',
  'VariableValue',
  'SourceRef',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Numeric character references (&#x1F600;) as well as XML's five entities.
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
});

function nodes(parent: unknown, name: string): Node[] {
  const value = (parent as Node | undefined)?.[name];
  return Array.isArray(value) ? (value as Node[]) : value && typeof value === 'object' ? [value as Node] : [];
}

function attr(node: Node, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** An element's text, whether or not it has attributes too. */
function text(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && '#text' in node) return String((node as Node)['#text']);
  return undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function readCode(node: Node): QdaCode {
  return {
    guid: attr(node, 'guid') ?? '',
    name: (attr(node, 'name') ?? '').trim(),
    isCodable: attr(node, 'isCodable') !== 'false' && attr(node, 'isCodable') !== '0',
    ...optional('color', attr(node, 'color')),
    ...optional('description', text(node.Description)?.trim()),
    children: nodes(node, 'Code').map(readCode),
  };
}

function readCoding(node: Node): QdaCoding {
  return {
    guid: attr(node, 'guid') ?? '',
    code: attr(nodes(node, 'CodeRef')[0] ?? {}, 'targetGUID') ?? '',
    ...optional('creatingUser', attr(node, 'creatingUser')),
    ...optional('creationDateTime', attr(node, 'creationDateTime')),
  };
}

function readSelection(node: Node): QdaSelection {
  return {
    guid: attr(node, 'guid') ?? '',
    start: Number(attr(node, 'startPosition')),
    end: Number(attr(node, 'endPosition')),
    ...optional('creatingUser', attr(node, 'creatingUser')),
    codings: nodes(node, 'Coding').map(readCoding),
  };
}

const VALUE_ELEMENTS = [
  'TextValue',
  'BooleanValue',
  'IntegerValue',
  'FloatValue',
  'DateValue',
  'DateTimeValue',
] as const;

function readVariableValue(node: Node): QdaVariableValue | null {
  const variable = attr(nodes(node, 'VariableRef')[0] ?? {}, 'targetGUID');
  const element = VALUE_ELEMENTS.find((name) => name in node);
  const raw = element ? text(node[element]) : undefined;
  if (!variable || raw === undefined) return null;
  const value =
    element === 'BooleanValue'
      ? ['true', '1'].includes(raw.trim())
      : element === 'IntegerValue'
        ? Number(raw)
        : raw;
  return { variable, value };
}

function variableValues(node: Node): QdaVariableValue[] {
  return nodes(node, 'VariableValue')
    .map(readVariableValue)
    .filter((v): v is QdaVariableValue => v !== null);
}

/** Files in the archive by lower-cased path, so that "Sources/" and "sources/" both work. */
type Entries = Map<string, JSZip.JSZipObject>;

/**
 * The plain text of a source: its PlainTextContent, or the file its plainTextPath names inside the
 * archive ("internal://x.txt" is sources/x.txt). Texts kept outside the project file are not read.
 */
async function sourceText(node: Node, entries: Entries): Promise<string | null> {
  const inline = text(node.PlainTextContent);
  if (inline !== undefined) return inline;
  const path = attr(node, 'plainTextPath');
  if (!path) return null;
  const name = path.replace(/^internal:\/\//i, '');
  if (name === path && /^[a-z]+:\/\//i.test(path)) return null;
  const entry = entries.get(`sources/${name}`.toLowerCase()) ?? entries.get(name.toLowerCase());
  // TextDecoder drops a byte-order mark, which is no character of the text.
  return entry ? new TextDecoder('utf-8').decode(await entry.async('uint8array')) : null;
}

async function readSource(node: Node, entries: Entries): Promise<QdaTextSource> {
  return {
    guid: attr(node, 'guid') ?? '',
    name: (attr(node, 'name') ?? '').trim(),
    ...optional('description', text(node.Description)?.trim()),
    text: await sourceText(node, entries),
    selections: nodes(node, 'PlainTextSelection').map(readSelection),
    codings: nodes(node, 'Coding').map(readCoding),
    variables: variableValues(node),
    ...optional('creatingUser', attr(node, 'creatingUser')),
    ...optional('creationDateTime', attr(node, 'creationDateTime')),
  };
}

function readCase(node: Node): QdaCase {
  return {
    guid: attr(node, 'guid') ?? '',
    name: (attr(node, 'name') ?? '').trim(),
    ...optional('description', text(node.Description)?.trim()),
    variables: variableValues(node),
    sources: nodes(node, 'SourceRef')
      .map((ref) => attr(ref, 'targetGUID'))
      .filter((guid): guid is string => Boolean(guid)),
  };
}

function readVariable(node: Node): QdaVariable {
  return {
    guid: attr(node, 'guid') ?? '',
    name: (attr(node, 'name') ?? '').trim(),
    type: (attr(node, 'typeOfVariable') ?? 'Text') as VariableType,
  };
}

async function openArchive(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new UnreadableProject('not a .qdpx project: the file is not a zip archive');
  }
}

/** Reads a .qdpx file (a zip with project.qde and sources/) made by Tessera or any REFI-QDA tool. */
export async function readQdpx(bytes: Uint8Array): Promise<QdaProject> {
  const zip = await openArchive(bytes);
  const entries: Entries = new Map();
  zip.forEach((path, entry) => {
    if (!entry.dir) entries.set(path.toLowerCase(), entry);
  });
  const qde = entries.get('project.qde') ?? [...entries].find(([path]) => /^[^/]*\.qde$/.test(path))?.[1];
  if (!qde) throw new UnreadableProject('not a REFI-QDA project: the archive holds no project.qde');
  const xml = new TextDecoder('utf-8').decode(await qde.async('uint8array'));
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new UnreadableProject(`project.qde line ${valid.err.line}: the XML is broken (${valid.err.msg})`);
  const project = nodes(parser.parse(xml), 'Project')[0];
  if (!project) throw new UnreadableProject('project.qde holds no <Project> element: not a REFI-QDA project');
  const sources = project.Sources as Node | undefined;
  const otherSources = ['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource'].flatMap((kind) =>
    nodes(sources, kind).map((node) => ({ name: (attr(node, 'name') ?? '').trim(), kind })),
  );
  return {
    name: attr(project, 'name') ?? '',
    ...optional('origin', attr(project, 'origin')),
    ...optional('creatingUser', attr(project, 'creatingUserGUID')),
    ...optional('creationDateTime', attr(project, 'creationDateTime')),
    users: nodes(project.Users, 'User').map((u) => ({
      guid: attr(u, 'guid') ?? '',
      name: attr(u, 'name') ?? attr(u, 'id') ?? '',
    })),
    codes: nodes((project.CodeBook as Node | undefined)?.Codes, 'Code').map(readCode),
    variables: nodes(project.Variables, 'Variable').map(readVariable),
    cases: nodes(project.Cases, 'Case').map(readCase),
    sources: await Promise.all(nodes(sources, 'TextSource').map((node) => readSource(node, entries))),
    otherSources,
  };
}
