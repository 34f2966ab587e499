/**
 * Saving and loading in documented formats, no Java serialization: nets as JSON with a version
 * and a checksum ({@link nnlab.io.NetFile}), training histories as CSV with a one-line JSON
 * header ({@link nnlab.io.HistoryFile}), both written atomically and read back bit for bit.
 */
package nnlab.io;
