/** Measures of coding quality: F1 for multi-select fields, accuracy and F1 for single-select ones, calibration. */

/** 2·TP / (2·TP + FP + FN); 1 when there is nothing to find and nothing was found. */
export function f1(truePositives: number, falsePositives: number, falseNegatives: number): number {
  const denominator = 2 * truePositives + falsePositives + falseNegatives;
  return denominator === 0 ? 1 : (2 * truePositives) / denominator;
}

/** Micro F1 (every decision counts once) and macro F1 (every code counts once) over the codes given. */
export function setF1(
  truth: string[][],
  predicted: string[][],
  codes: string[],
): { micro: number; macro: number } {
  const counts = new Map(codes.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  truth.forEach((t, i) => {
    const p = new Set(predicted[i]);
    const real = new Set(t);
    for (const [code, c] of counts) {
      if (p.has(code) && real.has(code)) c.tp++;
      else if (p.has(code)) c.fp++;
      else if (real.has(code)) c.fn++;
    }
  });
  const all = [...counts.values()];
  const sum = (key: 'tp' | 'fp' | 'fn') => all.reduce((n, c) => n + c[key], 0);
  return {
    micro: f1(sum('tp'), sum('fp'), sum('fn')),
    macro: all.reduce((n, c) => n + f1(c.tp, c.fp, c.fn), 0) / Math.max(1, all.length),
  };
}

/** Accuracy and macro F1 over the codes that occur in the truth or the predictions. */
export function singleScores(truth: string[], predicted: string[]): { accuracy: number; macroF1: number } {
  const codes = [...new Set([...truth, ...predicted])];
  const { macro } = setF1(
    truth.map((t) => [t]),
    predicted.map((p) => [p]),
    codes,
  );
  return {
    accuracy: truth.filter((t, i) => t === predicted[i]).length / Math.max(1, truth.length),
    macroF1: macro,
  };
}

/**
 * Expected calibration error: confidences grouped in ten equal bins, the gap between each bin's mean
 * confidence and how often it was right, weighted by the bin's share.
 */
export function calibrationError(confidence: number[], correct: boolean[], bins = 10): number {
  const sums = Array.from({ length: bins }, () => ({ n: 0, confidence: 0, right: 0 }));
  confidence.forEach((c, i) => {
    const bin = sums[Math.min(bins - 1, Math.floor(c * bins))] as {
      n: number;
      confidence: number;
      right: number;
    };
    bin.n++;
    bin.confidence += c;
    bin.right += correct[i] ? 1 : 0;
  });
  return sums.reduce(
    (e, b) => (b.n ? e + ((b.n / confidence.length) * Math.abs(b.confidence - b.right)) / b.n : e),
    0,
  );
}
