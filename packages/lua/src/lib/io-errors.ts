/**
 * A failed system call as lua5.1 reports it: the C library's message (strerror) and the errno
 * number. Node gives error codes ("ENOENT") and libuv's lower-case messages, so the C wording is
 * kept here for the codes file operations commonly meet.
 */
export class IoFailure {
  constructor(
    readonly message: string,
    readonly errno: number,
  ) {}
}

/** glibc's strerror text for the errno names a file library can run into. */
const MESSAGES: Record<string, string> = {
  EPERM: 'Operation not permitted',
  ENOENT: 'No such file or directory',
  EIO: 'Input/output error',
  ENXIO: 'No such device or address',
  EBADF: 'Bad file descriptor',
  EAGAIN: 'Resource temporarily unavailable',
  ENOMEM: 'Cannot allocate memory',
  EACCES: 'Permission denied',
  EBUSY: 'Device or resource busy',
  EEXIST: 'File exists',
  EXDEV: 'Invalid cross-device link',
  ENODEV: 'No such device',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EINVAL: 'Invalid argument',
  ENFILE: 'Too many open files in system',
  EMFILE: 'Too many open files',
  ETXTBSY: 'Text file busy',
  EFBIG: 'File too large',
  ENOSPC: 'No space left on device',
  ESPIPE: 'Illegal seek',
  EROFS: 'Read-only file system',
  EMLINK: 'Too many links',
  EPIPE: 'Broken pipe',
  ENAMETOOLONG: 'File name too long',
  ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links',
  ENOTSUP: 'Operation not supported',
};

/** Linux errno numbers: the values lua5.1 prints on Linux, whatever the host's own numbering. */
const NUMBERS: Record<string, number> = {
  EPERM: 1, ENOENT: 2, EIO: 5, ENXIO: 6, EBADF: 9, EAGAIN: 11, ENOMEM: 12, EACCES: 13, EBUSY: 16,
  EEXIST: 17, EXDEV: 18, ENODEV: 19, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENFILE: 23, EMFILE: 24,
  ETXTBSY: 26, EFBIG: 27, ENOSPC: 28, ESPIPE: 29, EROFS: 30, EMLINK: 31, EPIPE: 32,
  ENAMETOOLONG: 36, ENOTEMPTY: 39, ELOOP: 40, ENOTSUP: 95,
};

/** The failure for an errno name; `hostErrno` is the host's number for names this table lacks. */
export function failureFor(code: string, hostErrno = 0): IoFailure {
  return new IoFailure(MESSAGES[code] ?? code, NUMBERS[code] ?? hostErrno);
}

/**
 * Turns whatever a host operation threw into an IoFailure (a failure without an errno name is
 * EIO). Node's system errors carry the name in `code` and libuv's number in `errno` (minus the
 * C errno on POSIX systems).
 */
export function toFailure(e: unknown): IoFailure {
  if (e instanceof IoFailure) return e;
  const fields = typeof e === 'object' && e !== null ? (e as { code?: unknown; errno?: unknown }) : {};
  const code = fields.code;
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) return failureFor('EIO');
  return failureFor(code, typeof fields.errno === 'number' ? Math.abs(fields.errno) : 0);
}
