import type { ReactNode } from 'react';
import type { NoteVerdict, ScoreEvidence, ScoreReason } from '../api/types';

/** "Personal · 82" in green or "Generic · 12" in amber: a note's verdict and score at a glance. */
export function ScoreBadge({ verdict, score }: { verdict: NoteVerdict; score: number }) {
  const personal = verdict === 'PERSONAL';
  return (
    <span className={`score-badge score-badge--${personal ? 'personal' : 'generic'}`}>
      <span className="score-badge__verdict">{personal ? 'Personal' : 'Generic'}</span>
      <span className="score-badge__score">
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, score </span>
        {score}
        <span className="visually-hidden"> out of 100</span>
      </span>
    </span>
  );
}

/**
 * Why a note scored as it did, in plain words: what counts for it (+) and against it (−), each
 * with the words of the note that earned it, quoted.
 */
export function ScoreReasons({ reasons, label = 'Why this score' }: { reasons: ScoreReason[]; label?: string }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="score-reasons" aria-label={label}>
      {reasons.map((reason) => {
        const quotes = [...new Set((reason.evidence ?? []).map((e) => e.text))];
        return (
          <li key={reason.code} className={`score-reasons__item score-reasons__item--${reason.negative ? 'minus' : 'plus'}`}>
            <span className="score-reasons__mark" aria-hidden="true">
              {reason.negative ? '−' : '+'}
            </span>
            <span>
              {reason.explanation}
              {quotes.length > 0 && (
                <span className="score-reasons__quotes">{quotes.map((q) => `“${q}”`).join(', ')}</span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

type Span = { start: number; end: number; negative: boolean; title: string };

/** The evidence of every reason as non-overlapping spans, in order (the first reason listed wins an overlap). */
export function evidenceSpans(text: string, reasons: ScoreReason[]): Span[] {
  const all: Span[] = reasons.flatMap((r) =>
    (r.evidence ?? []).map((e: ScoreEvidence) => ({
      start: Math.max(0, e.start),
      end: Math.min(text.length, e.end),
      negative: r.negative,
      title: `${r.negative ? '−' : '+'} ${e.matches}`,
    })),
  );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const span of all) {
    if (span.end <= span.start) continue;
    const last = out[out.length - 1];
    if (last && span.start < last.end) continue;
    out.push(span);
  }
  return out;
}

/** The scored note with the words that earned each reason highlighted (green for, amber against). */
export function EvidenceHighlight({ text, reasons }: { text: string; reasons: ScoreReason[] }) {
  const spans = evidenceSpans(text, reasons);
  if (spans.length === 0) return null;
  const parts: ReactNode[] = [];
  let at = 0;
  spans.forEach((s, i) => {
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(
      <mark key={i} className={s.negative ? 'evidence__minus' : 'evidence__plus'} title={s.title}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return (
    <figure className="evidence-figure">
      <figcaption className="visually-hidden">Your note, with the words that earned the score highlighted</figcaption>
      <p className="evidence" data-testid="evidence">
        {parts}
      </p>
    </figure>
  );
}
