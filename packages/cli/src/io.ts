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

/**
 * Writes to a standard stream until its reader goes away. A reader that stops early
 * (`dpa-lint lint | head`) closes the pipe, and the next write fails with EPIPE, which unhandled
 * ends the process with a stack trace and an exit code that is not the run's. The rest of the
 * output is dropped instead, and the run ends with its own code; other stream errors still throw.
 */
function untilClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    // After EPIPE the stream is destroyed: later writes report that too.
    if (closed || error.code === "EPIPE") closed = true;
    else throw error;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

export function processIo(): Io {
  return {
    stdout: untilClosed(process.stdout),
    stderr: untilClosed(process.stderr),
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
