/**
 * Review of detected spans: a person accepts (the registry then always redacts the term) or rejects (the
 * allow-list then never does) each term, least sure first; the next run uses both.
 */
import type { RedactionLabel, Span, SpanSource } from '../domain/redaction.js';
import type { Db } from '../store/index.js';
import { allowTerms, registerNames, termKey } from '../store/protection.js';
import { type Actor, protectionChanged } from './audit.js';
import { requireRole } from './roles.js';

/** One term to decide on: each distinct text and label once, where it first occurs, how often. */
export interface ReviewItem {
  text: string;
  label: RedactionLabel;
  confidence: number;
  source: SpanSource;
  start: number;
  end: number;
  count: number;
}

/** The terms of these spans, least sure first (then in text order). */
export function reviewItems(spans: readonly Span[]): ReviewItem[] {
  const items = new Map<string, ReviewItem>();
  for (const s of spans) {
    const key = `${s.label}\u0000${termKey(s.text)}`;
    const item = items.get(key);
    if (item) {
      item.count += 1;
      item.confidence = Math.min(item.confidence, s.confidence);
    } else
      items.set(key, {
        text: s.text,
        label: s.label,
        confidence: s.confidence,
        source: s.source,
        start: s.start,
        end: s.end,
        count: 1,
      });
  }
  return [...items.values()].sort((a, b) => a.confidence - b.confidence || a.start - b.start);
}

export interface Decisions {
  /** Terms confirmed as personal data: to the registry (source 'review'). */
  accept: { text: string; label: RedactionLabel }[];
  /** Terms that are not personal data: to the allow-list. */
  reject: string[];
  /** Terms detection missed: to the registry (source 'user'). */
  add: { text: string; label: RedactionLabel }[];
}

export function noDecisions(): Decisions {
  return { accept: [], reject: [], add: [] };
}

/** Stores the decisions in one transaction, with an audit entry of how many of each (never the terms). */
export async function applyDecisions(
  db: Db,
  decisions: Decisions,
  who: Actor,
  command: string,
): Promise<void> {
  const { accept, reject, add } = decisions;
  if (accept.length + reject.length + add.length === 0) return;
  requireRole(who.role, 'write');
  if (reject.length > 0) requireRole(who.role, 'allow');
  await db.transaction(async (tx) => {
    await allowTerms(tx, reject, who.actor);
    await registerNames(tx, accept, who.actor, 'review');
    await registerNames(tx, add, who.actor, 'user');
    if (reject.length) await protectionChanged(tx, who, 'allow', command, { terms: reject.length });
    if (accept.length + add.length)
      await protectionChanged(tx, who, 'register', command, { terms: accept.length + add.length });
  });
}

/**
 * Asks about each item in turn: a accept, r reject, s (or nothing) skip, q stop. `ask` shows a question
 * and returns the answer; undefined means the input ended.
 */
export async function reviewLoop(
  items: readonly ReviewItem[],
  ask: (question: string) => Promise<string | undefined>,
): Promise<Decisions> {
  const decisions = noDecisions();
  for (const [i, item] of items.entries()) {
    const question = `[${i + 1}/${items.length}] ${item.label} "${item.text}" confidence ${item.confidence.toFixed(2)} (${item.source}${item.count > 1 ? `, ${item.count} times` : ''}): [a]ccept, [r]eject, [s]kip, [q]uit? `;
    let answer: string | undefined;
    for (;;) {
      answer = (await ask(question))?.trim().toLowerCase();
      if (answer === undefined || ['', 'a', 'r', 's', 'q'].includes(answer.slice(0, 1))) break;
    }
    const choice = answer?.slice(0, 1);
    if (choice === undefined || choice === 'q') break;
    if (choice === 'a') decisions.accept.push({ text: item.text, label: item.label });
    if (choice === 'r') decisions.reject.push(item.text);
  }
  return decisions;
}
