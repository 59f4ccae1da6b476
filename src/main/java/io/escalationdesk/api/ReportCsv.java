package io.escalationdesk.api;

import io.escalationdesk.insight.Report;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * A report as CSV (RFC 4180): a header of the columns' labels, a line per row. Text that a
 * spreadsheet would run as a formula (a customer's name starting with "=") is written as text.
 */
@Component
class ReportCsv extends AbstractHttpMessageConverter<Report> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    ReportCsv() {
        super(TEXT_CSV);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Report.class.isAssignableFrom(type);
    }

    @Override
    protected Report readInternal(Class<? extends Report> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Reports are read-only", input);
    }

    @Override
    protected void writeInternal(Report report, HttpOutputMessage output) throws IOException {
        output.getHeaders()
                .setContentDisposition(ContentDisposition.attachment()
                        .filename(report.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".csv")
                        .build());
        Writer csv = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        csv.write(report.columns().stream().map(column -> field(column.label())).collect(Collectors.joining(","))
                + "\r\n");
        for (var row : report.rows()) {
            csv.write(report.columns().stream()
                            .map(column -> field(row.get(column.key())))
                            .collect(Collectors.joining(","))
                    + "\r\n");
        }
        csv.flush();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[\",\r\n].*") || text.startsWith("'") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
