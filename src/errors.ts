// One error type for every bad input a user can fix: it carries one message per problem, each
// naming the file and the field or line, and the CLI prints them without a stack trace.
export class InputError extends Error {
  readonly problems: string[];
  constructor(problems: string[] | string) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.join('\n'));
    this.name = 'InputError';
    this.problems = list;
  }
}
