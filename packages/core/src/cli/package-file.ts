// SPDX-License-Identifier: MIT
// A file of this package, found from this module: it sits two folders down from the package's
// root both as tsc emits it (dist/cli/) and inside the CLI bundle (dist/cli-bundle/), so every
// command that reads the package's own files asks here rather than counting folders itself.
export function packageFile(path: string): URL {
  return new URL(`../../${path}`, import.meta.url);
}
