// One error type for every bad input a user can fix: it carries one message per problem, each
// naming the file and the field or line, and the CLI prints them without a stack trace.
export class InputError extends Error {
  readonly problems: string[];
  /** The option or profile field at fault, when there is one ("acceptRisk", "reseller"): the API names it. */
  readonly field?: string;
  constructor(problems: string[] | string, options: { field?: string } = {}) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.join('\n'));
    this.name = 'InputError';
    this.problems = list;
    this.field = options.field;
  }
}
