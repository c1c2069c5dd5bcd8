/** What the UI shows for a failed call: the problem's detail, and one message per field it names. */
export interface Problem {
  status: number;
  title: string;
  detail: string;
  fieldErrors: Record<string, string>;
}

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Maps an RFC 9457 problem (`type`, `title`, `status`, `detail`, `errors[{field, message}]`) — or whatever else a
 * failed response carried — to what the UI shows. The first message per field wins; nothing is dropped silently:
 * a body that is not a problem still yields a detail naming the status.
 */
export function toProblem(status: number, body: unknown): Problem {
  const fieldErrors: Record<string, string> = {};
  let title = '';
  let detail = '';
  if (isRecord(body)) {
    if (typeof body.title === 'string') title = body.title;
    if (typeof body.detail === 'string') detail = body.detail;
    if (Array.isArray(body.errors)) {
      for (const item of body.errors) {
        if (isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
          && !(item.field in fieldErrors)) {
          fieldErrors[item.field] = item.message;
        }
      }
    }
  } else if (typeof body === 'string' && body.trim() !== '') {
    detail = body.trim();
  }
  if (detail === '') detail = title !== '' ? title : fallbackDetail(status);
  return { status, title, detail, fieldErrors };
}

function fallbackDetail(status: number): string {
  if (status === 0) return 'The server could not be reached. Check your connection and try again.';
  if (status >= 500) return `The server failed to answer (HTTP ${status}). Try again in a moment.`;
  return `The request was refused (HTTP ${status}).`;
}

export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  if (error instanceof Error) return toProblem(0, error.message);
  return toProblem(0, undefined);
}
