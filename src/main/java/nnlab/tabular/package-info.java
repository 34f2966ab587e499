/**
 * The Tablesaw adapter: {@link nnlab.tabular.TableData} reads a {@link nnlab.data.Dataset} from
 * a Tablesaw {@code Table} or a CSV file (your own data) and turns a dataset back into a table
 * to look at. It sits just above {@code nnlab.data} (it uses only {@code data} and {@code mat}),
 * so {@code data} itself stays free of Tablesaw.
 */
package nnlab.tabular;
