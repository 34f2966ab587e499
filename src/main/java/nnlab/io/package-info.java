/**
 * Saving and loading nets in a documented JSON format with a version and a checksum
 * ({@link nnlab.io.NetFile}); no Java serialization.
 */
package nnlab.io;
