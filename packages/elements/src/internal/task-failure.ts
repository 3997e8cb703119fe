// SPDX-License-Identifier: MIT
// What an element's load task throws when it cannot load what it was given: the failure the
// element then shows (its message and the problems, `path: problem`), carried to its render.

export class TaskFailure<F> extends Error {
  override name = 'TaskFailure';
  readonly failure: F;
  constructor(failure: F, message = 'could not load what the element was given') {
    super(message);
    this.failure = failure;
  }
}
