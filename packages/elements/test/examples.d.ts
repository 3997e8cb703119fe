// SPDX-License-Identifier: MIT
// The module the test runner serves with every worked example of every framework (see dev-server-plugins.mjs).
declare module 'virtual:apq-examples' {
  export const examples: Array<{
    frameworkId: string;
    file: string;
    id: string;
    title: string;
    description?: string;
    hidden?: boolean;
    evaluation: unknown;
  }>;
}
