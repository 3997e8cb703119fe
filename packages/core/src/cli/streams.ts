// SPDX-License-Identifier: MIT
// Where apq writes: process.stdout and process.stderr, until their reader goes away.
//
// Decision: when the reader of a pipe closes it (`apq show … --json | head -c 10`), writing to it
// fails with EPIPE. apq then stops writing to that stream, says nothing (there is no one to tell),
// and exits with the command's own status: 0 when it succeeded, 1 when the input was invalid, 2 for
// a usage error. Like `grep -q`, a reader that has seen enough is not an error, and a script running
// with `set -o pipefail` still learns whether the input was valid. Any other write error (a full
// disk, a closed descriptor) is reported once on the other stream, if it can be, and exits 1.

/** Writes text as it is; `runCli` adds the escaping and the newlines. */
export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function processOutput(): Output {
  const stdout = guarded(process.stdout, 'stdout', () => process.stderr);
  const stderr = guarded(process.stderr, 'stderr', () => undefined);
  return { stdout: stdout.write, stderr: stderr.write };
}

function guarded(stream: NodeJS.WriteStream, name: string, other: () => NodeJS.WriteStream | undefined): { write: (text: string) => void } {
  let open = true;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!open) return;
    open = false;
    if (error.code === 'EPIPE') return;
    process.exitCode = 1;
    other()?.write(`apq: cannot write to ${name}: ${error.code ?? error.message}\n`);
  });
  return {
    write: (text) => {
      if (open) stream.write(text);
    },
  };
}
