// Node's error messages are English; users read Chinese. The common causes
// are named in Chinese, anything else keeps Node's own words.

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A file-system error in Chinese. Works on plain `{code, message}` objects too (errors sent by a lint worker). */
export function describeFsError(error: unknown): string {
  switch (codeOf(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return '文件不存在';
    case 'EACCES':
    case 'EPERM':
      return '没有权限';
    case 'EISDIR':
      return '是文件夹，不是文件';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EROFS':
      return '文件系统只读';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件过多';
    default: {
      const message = (error as { message?: unknown } | null)?.message;
      return typeof message === 'string' ? message : String(error);
    }
  }
}

/** Whether a file-system error means the path is not there. */
export function isNotFound(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * parseArgs throws English messages; the option is the first quoted part of
 * them, e.g. `'--format <value>'` or `'-h, --help'`: keep its long name.
 */
export function describeArgsError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(?:-[^-' ], )?(-[^' ]+)/.exec(message)?.[1] ?? '';
  switch (codeOf(error)) {
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
