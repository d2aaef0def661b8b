// Node's error messages are English; users read Chinese. The common causes
// of a file-system error are named in Chinese, anything else keeps Node's own
// words. Shared by the CLI and the language server.

/** The `code` of a Node error (ENOENT, ERR_PARSE_ARGS_…), or undefined. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A file-system error in Chinese. Works on plain `{code, message}` objects too (errors sent by a lint worker). */
export function describeFsError(error: unknown): string {
  switch (errorCode(error)) {
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
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}
