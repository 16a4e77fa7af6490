import { formatProblem, ProblemError, type Problem } from '../model/problem';

/**
 * The input is not a plan the importer can read: one problem, what is wrong
 * and how to fix it, of the one problem type (src/lib/model/problem.ts).
 * Readers get bytes, not a file name, so the problem names no file until the
 * command adds it (`problemIn(file)`); `message` is the problem printed
 * without a file: "what is wrong. Fix: how", so `${file}: ${message}` is the
 * problem's one format.
 */
export class ImportError extends ProblemError {
  constructor(message: string, options?: ErrorOptions) {
    // Messages written "what is wrong. Fix: how" keep the two apart.
    const fixAt = message.indexOf('. Fix: ');
    const problem: Problem = fixAt < 0 ? { file: '', field: '', message } : { file: '', field: '', message: message.slice(0, fixAt), fix: message.slice(fixAt + '. Fix: '.length) };
    super([problem], 'cannot import', options);
    this.message = formatProblem(problem);
    this.name = 'ImportError';
  }

  /** The problem, naming the file the command read. */
  problemIn(file: string): Problem {
    return { ...(this.problems[0] as Problem), file };
  }
}
