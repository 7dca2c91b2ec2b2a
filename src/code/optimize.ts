/**
 * Limited-memory BFGS (Nocedal 1980) with a backtracking line search, for the small smooth convex
 * problems of calibration: a few dozen parameters at most.
 */

/** Returns the value at x and writes the gradient into grad. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

export function minimize(
  objective: Objective,
  start: Float64Array,
  iterations = 200,
  memory = 8,
): Float64Array {
  const n = start.length;
  let x = Float64Array.from(start);
  let grad = new Float64Array(n);
  let value = objective(x, grad);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  for (let iteration = 0; iteration < iterations; iteration++) {
    if (Math.sqrt(dot(grad, grad)) < 1e-7) break;
    // Two-loop recursion: the direction the remembered curvature suggests.
    const direction = Float64Array.from(grad);
    const alphas: number[] = [];
    for (let m = steps.length - 1; m >= 0; m--) {
      const s = steps[m] as Float64Array;
      const y = changes[m] as Float64Array;
      const alpha = dot(s, direction) / dot(y, s);
      alphas[m] = alpha;
      for (let i = 0; i < n; i++) direction[i] = (direction[i] as number) - alpha * (y[i] as number);
    }
    const last = steps.length - 1;
    const gamma =
      last >= 0
        ? dot(steps[last] as Float64Array, changes[last] as Float64Array) /
          dot(changes[last] as Float64Array, changes[last] as Float64Array)
        : 1 / Math.max(1, Math.sqrt(dot(grad, grad)));
    for (let i = 0; i < n; i++) direction[i] = (direction[i] as number) * gamma;
    for (let m = 0; m < steps.length; m++) {
      const s = steps[m] as Float64Array;
      const y = changes[m] as Float64Array;
      const beta = dot(y, direction) / dot(y, s);
      for (let i = 0; i < n; i++)
        direction[i] = (direction[i] as number) + (s[i] as number) * ((alphas[m] as number) - beta);
    }
    const slope = -dot(grad, direction);
    if (slope >= 0) {
      // Not a descent direction: forget the curvature and go down the gradient.
      steps.length = 0;
      changes.length = 0;
      continue;
    }
    let step = 1;
    let next = new Float64Array(n);
    let nextGrad = new Float64Array(n);
    let nextValue = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) next[i] = (x[i] as number) - step * (direction[i] as number);
      nextValue = objective(next, nextGrad);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextValue < value)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (next[i] as number) - (x[i] as number);
      y[i] = (nextGrad[i] as number) - (grad[i] as number);
    }
    if (dot(s, y) > 1e-12) {
      steps.push(s);
      changes.push(y);
      if (steps.length > memory) {
        steps.shift();
        changes.shift();
      }
    }
    const converged = value - nextValue < 1e-10 * Math.max(1, Math.abs(value));
    [x, next] = [next, x];
    [grad, nextGrad] = [nextGrad, grad];
    value = nextValue;
    if (converged) break;
  }
  return x;
}
