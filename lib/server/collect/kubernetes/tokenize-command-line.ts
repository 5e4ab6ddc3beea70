/**
 * Splits a shell command line into words the way a POSIX shell would for plain commands: blanks
 * separate words, single quotes are literal, double quotes allow `\"`, `\\`, `\$` and `` \` ``
 * escapes, a backslash outside quotes escapes the next character, and backslash-newline joins
 * lines. Expansions (`$VAR`, globs) are left as written. An unterminated quote runs to the end.
 */
export function tokenizeCommandLine({ text }: { text: string }): string[] {
  const words: string[] = [];
  let word = "";
  let isInWord = false;
  let quote: "'" | '"' | null = null;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    const next = text[index + 1];
    if (quote === "'") {
      if (char === "'") quote = null;
      else word += char;
      continue;
    }
    if (quote === '"') {
      if (char === '"') quote = null;
      else if (char === "\\" && next !== undefined && '"\\$`\n'.includes(next)) {
        if (next !== "\n") word += next;
        index += 1;
      } else word += char;
      continue;
    }
    if (char === "\\" && next !== undefined) {
      if (next !== "\n") {
        word += next;
        isInWord = true;
      }
      index += 1;
    } else if (char === "'" || char === '"') {
      quote = char;
      isInWord = true;
    } else if (/\s/.test(char)) {
      if (isInWord) words.push(word);
      word = "";
      isInWord = false;
    } else {
      word += char;
      isInWord = true;
    }
  }
  if (isInWord) words.push(word);
  return words;
}
