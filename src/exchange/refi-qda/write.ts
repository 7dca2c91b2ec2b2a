import { XMLBuilder } from 'fast-xml-parser';
import JSZip from 'jszip';
import {
  PROJECT_NAMESPACE,
  type QdaCase,
  type QdaCode,
  type QdaCoding,
  type QdaProject,
  type QdaSelection,
  type QdaTextSource,
  type QdaVariableValue,
} from './project.js';

type Node = Record<string, unknown>;

/**
 * XML 1.0 cannot hold most control characters or lone surrogates, which PDF text sometimes carries. Names,
 * descriptions and values lose them; plain texts do not, since they travel as files beside the XML.
 */
function xmlSafe(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** Attributes in the builder's shape, leaving out the ones without a value. */
function attributes(values: Record<string, string | number | boolean | undefined>): Node {
  const node: Node = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) node[`@_${name}`] = typeof value === 'string' ? xmlSafe(value) : String(value);
  }
  return node;
}

function description(text: string | undefined): Node {
  return text ? { Description: xmlSafe(text) } : {};
}

function codeNode(code: QdaCode): Node {
  return {
    ...attributes({ guid: code.guid, name: code.name, isCodable: code.isCodable, color: code.color }),
    ...description(code.description),
    ...(code.children.length ? { Code: code.children.map(codeNode) } : {}),
  };
}

function codingNode(coding: QdaCoding): Node {
  return {
    ...attributes({
      guid: coding.guid,
      creatingUser: coding.creatingUser,
      creationDateTime: coding.creationDateTime,
    }),
    CodeRef: attributes({ targetGUID: coding.code }),
  };
}

function selectionNode(selection: QdaSelection): Node {
  return {
    ...attributes({
      guid: selection.guid,
      startPosition: selection.start,
      endPosition: selection.end,
      creatingUser: selection.creatingUser,
    }),
    ...(selection.codings.length ? { Coding: selection.codings.map(codingNode) } : {}),
  };
}

const VALUE_ELEMENT = { string: 'TextValue', number: 'IntegerValue', boolean: 'BooleanValue' } as const;

function variableValueNode(value: QdaVariableValue): Node {
  const element = VALUE_ELEMENT[typeof value.value as keyof typeof VALUE_ELEMENT];
  return {
    VariableRef: attributes({ targetGUID: value.variable }),
    [element]: typeof value.value === 'string' ? xmlSafe(value.value) : String(value.value),
  };
}

function sourcePath(source: QdaTextSource): string {
  return `${source.guid}.txt`;
}

function sourceNode(source: QdaTextSource): Node {
  return {
    ...attributes({
      guid: source.guid,
      name: source.name,
      plainTextPath: `internal://${sourcePath(source)}`,
      creatingUser: source.creatingUser,
      creationDateTime: source.creationDateTime,
    }),
    ...description(source.description),
    ...(source.selections.length ? { PlainTextSelection: source.selections.map(selectionNode) } : {}),
    ...(source.codings.length ? { Coding: source.codings.map(codingNode) } : {}),
    ...(source.variables.length ? { VariableValue: source.variables.map(variableValueNode) } : {}),
  };
}

function caseNode(item: QdaCase): Node {
  return {
    ...attributes({ guid: item.guid, name: item.name }),
    ...description(item.description),
    ...(item.variables.length ? { VariableValue: item.variables.map(variableValueNode) } : {}),
    ...(item.sources.length
      ? { SourceRef: item.sources.map((guid) => attributes({ targetGUID: guid })) }
      : {}),
  };
}

/** project.qde: the project's XML, its elements in the order the schema requires. */
export function projectXml(project: QdaProject): string {
  const root: Node = {
    ...attributes({
      xmlns: PROJECT_NAMESPACE,
      name: project.name,
      origin: project.origin,
      creatingUserGUID: project.creatingUser,
      creationDateTime: project.creationDateTime,
    }),
  };
  if (project.users.length)
    root.Users = { User: project.users.map((u) => attributes({ guid: u.guid, name: u.name })) };
  if (project.codes.length) root.CodeBook = { Codes: { Code: project.codes.map(codeNode) } };
  if (project.variables.length)
    root.Variables = {
      Variable: project.variables.map((v) => ({
        ...attributes({ guid: v.guid, name: v.name, typeOfVariable: v.type }),
        ...description(v.description),
      })),
    };
  if (project.cases.length) root.Cases = { Case: project.cases.map(caseNode) };
  if (project.sources.length) root.Sources = { TextSource: project.sources.map(sourceNode) };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ Project: root })}`;
}

/** A .qdpx file: project.qde and each text source's plain text as sources/GUID.txt (UTF-8), zipped. */
export async function writeQdpx(project: QdaProject): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', projectXml(project));
  for (const source of project.sources) zip.file(`sources/${sourcePath(source)}`, source.text ?? '');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
