/** Orders semver-like versions ("1.10.0" after "1.9.2"); non-numeric parts compare as text. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(/[.-]/);
  const right = b.split(/[.-]/);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const [x = "", y = ""] = [left[index], right[index]];
    const [nx, ny] = [Number(x), Number(y)];
    const order = x !== "" && y !== "" && Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
    if (order !== 0) return Math.sign(order);
  }
  return 0;
}
