package org.safar.people.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.safar.platform.DomainException;

/**
 * Streams the data rows of an import file, one at a time, whatever its size: CSV in UTF-8 (comma or semicolon,
 * with or without a byte order mark) or the first sheet of an XLSX workbook. The first row names the columns;
 * unknown columns are ignored, blank rows left out. Stream must be closed.
 */
final class ImportRows {

    static final String HEADER_MISSING = "import.failed.header";
    static final String UNREADABLE = "import.failed.unreadable";

    private ImportRows() {
    }

    static Stream<SourceRow> of(ImportFile file) {
        try {
            Stream<SourceRow> rows = file.format() == ImportFile.Format.CSV ? csv(file) : xlsx(file);
            return rows.filter(row -> !row.isBlank());
        }
        catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new DomainException(UNREADABLE);
        }
    }

    private static Stream<SourceRow> csv(ImportFile file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(reader)).setHeader()
                    .setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setAllowMissingColumnNames(true)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            Map<Integer, ImportColumn> columns = columns(parser.getHeaderNames());
            AtomicInteger number = new AtomicInteger(1);
            return parser.stream().map(record -> {
                EnumMap<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
                columns.forEach((index, column) -> values.put(column, index < record.size() ? record.get(index) : null));
                return SourceRow.of(number.incrementAndGet(), values);
            }).onClose(() -> close(parser));
        }
        catch (IOException | RuntimeException failed) {
            reader.close();
            throw failed;
        }
    }

    /** A semicolon when the header row has more semicolons than commas (as spreadsheets save CSV in many locales). */
    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(64 * 1024);
        String header = Optional.ofNullable(reader.readLine()).orElse("");
        reader.reset();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static Stream<SourceRow> xlsx(ImportFile file) throws IOException {
        ReadableWorkbook workbook = new ReadableWorkbook(file.path().toFile());
        try {
            Stream<Row> rows = workbook.getFirstSheet().openStream();
            var iterator = rows.iterator();
            if (!iterator.hasNext()) {
                throw new DomainException(HEADER_MISSING);
            }
            Row header = iterator.next();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.getCellCount(); i++) {
                names.add(header.getCellText(i));
            }
            Map<Integer, ImportColumn> columns = columns(names);
            Iterable<Row> rest = () -> iterator;
            return java.util.stream.StreamSupport.stream(rest.spliterator(), false).map(row -> {
                EnumMap<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
                columns.forEach((index, column) -> values.put(column, text(row, index, column)));
                return SourceRow.of(row.getRowNum(), values);
            }).onClose(() -> {
                rows.close();
                close(workbook);
            });
        }
        catch (IOException | RuntimeException failed) {
            workbook.close();
            throw failed;
        }
    }

    /** A cell as the person typed it: whole numbers without ".0", a date cell as YYYY-MM-DD. */
    private static String text(Row row, int index, ImportColumn column) {
        Optional<Cell> found = row.getOptionalCell(index);
        if (found.isEmpty() || found.get().getType() == CellType.EMPTY) {
            return null;
        }
        Cell cell = found.get();
        if (cell.getType() == CellType.NUMBER && column == ImportColumn.BIRTH_DATE) {
            return cell.asDate().toLocalDate().toString();
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    /** Which column each position holds; the names are required, so a file without them is refused. */
    private static Map<Integer, ImportColumn> columns(List<String> names) {
        Map<Integer, ImportColumn> columns = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            ImportColumn.byHeader(names.get(i)).ifPresent(column -> columns.putIfAbsent(index, column));
        }
        if (!columns.containsValue(ImportColumn.FAMILY_NAME) || !columns.containsValue(ImportColumn.GIVEN_NAMES)) {
            throw new DomainException(HEADER_MISSING);
        }
        return columns;
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
