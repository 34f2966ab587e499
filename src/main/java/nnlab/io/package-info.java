/**
 * Saving and loading in documented formats, no Java serialization: nets as JSON with a version
 * and a checksum ({@link nnlab.io.NetFile}), training histories as CSV with a one-line JSON
 * header ({@link nnlab.io.HistoryFile}), both written atomically and read back bit for bit.
 * Loading checks a file before it trusts it: every problem (a missing file, a folder, a truncated
 * or edited file, bytes appended, sizes larger than the file) is a {@link nnlab.io.NetFileException}
 * or {@link nnlab.io.HistoryFileException} naming the file, the field or line, and the fix; a net
 * file is streamed, so a net of any size loads in about 1.5 × its file's size of heap.
 */
package nnlab.io;
