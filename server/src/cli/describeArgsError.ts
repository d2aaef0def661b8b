// parseArgs throws English messages; users read Chinese.
import { errorCode } from '../platform';

/**
 * parseArgs throws English messages; the option is the first quoted part of
 * them, e.g. `'--format <value>'` or `'-h, --help'`: keep its long name.
 */
export function describeArgsError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(?:-[^-' ], )?(-[^' ]+)/.exec(message)?.[1] ?? '';
  switch (errorCode(error)) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知的选项 ${option}。`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('does not take an argument')
        ? `选项 ${option} 不接受取值。`
        : `选项 ${option} 缺少取值。`;
    default:
      return message;
  }
}
