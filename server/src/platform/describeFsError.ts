// Node's error messages are English; users read Chinese. The common causes
// of a file-system error are named in Chinese, anything else keeps Node's own
// words. Shared by the CLI and the language server.

/** Error codes of xxgk's own refusals (readRegularFile, the CLI's writeFileAtomically). */
export const NOT_REGULAR = 'EXXGK_NOT_REGULAR';
export const SYMLINK_OUTPUT = 'EXXGK_SYMLINK_OUTPUT';
export const SAME_AS_INPUT = 'EXXGK_SAME_AS_INPUT';

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
    case NOT_REGULAR:
      return '不是普通文件（是管道、设备或套接字），不读也不写';
    case 'ELOOP':
      return '符号链接层数过多（可能是循环链接）';
    case 'ENXIO':
      return '无法打开（是没有对端的设备或套接字）';
    case 'ENAMETOOLONG':
      return '文件名过长';
    case SYMLINK_OUTPUT:
      return '是符号链接，不写入（以免改写它指向的文件）';
    case SAME_AS_INPUT:
      return '就是输入文件本身，不能覆盖';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件过多';
    case 'EEXIST':
      return '文件已存在';
    case 'EBUSY':
    case 'ETXTBSY':
      return '文件正被其他程序占用';
    case 'EIO':
      return '读写设备出错';
    case 'EINVAL':
      return '路径或操作无效';
    default: {
      // Node's own words are English: name the error by its code where there is one.
      const code = errorCode(error);
      if (code && /^E[A-Z]+$/.test(code)) return `文件系统错误（${code}）`;
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
