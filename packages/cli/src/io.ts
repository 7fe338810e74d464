import { decodeText, PARSE_LIMITS } from "@dpa-lint/core";

/** Where a command writes; injected so that tests capture stdout and stderr exactly. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Whether stderr is a terminal: the progress line goes there. */
  stderrIsTTY: boolean;
  readStdin: () => Promise<string>;
}

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

export function processIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: async () => {
      // Never more than one byte past the size limit: the parser then reports the file as too
      // large, and an endless stream cannot exhaust memory.
      const chunks: Buffer[] = [];
      let length = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        length += (chunk as Buffer).length;
        if (length > PARSE_LIMITS.maxBytes) break;
      }
      return decodeText(Buffer.concat(chunks).subarray(0, PARSE_LIMITS.maxBytes + 1));
    },
  };
}
