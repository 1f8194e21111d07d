package co.rumbo.dashboard.report;

import co.rumbo.platform.web.Formats;
import co.rumbo.progress.GoalState;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report as PDF: the Thymeleaf template {@code reports/report-pdf} rendered by openhtmltopdf with the
 * embedded DejaVu font (accents print on any machine), tagged for accessibility (PDF/UA) like the
 * tablero's summary.
 */
@Component
public class ReportPdf {

    private static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final Formats fmt;
    private final ReportText text;

    ReportPdf(ITemplateEngine templates, Formats fmt, ReportText text) {
        this.templates = templates;
        this.fmt = fmt;
        this.text = text;
    }

    public byte[] write(ReportContent content) {
        Context context = new Context(Locale.forLanguageTag("es-CO"));
        context.setVariable("c", content);
        context.setVariable("d", content.dashboard());
        context.setVariable("fmt", fmt);
        context.setVariable("text", text);
        context.setVariable("states", GoalState.values());
        context.setVariable("maxRows", ReportAssembler.PDF_ROWS);
        String html = templates.process("reports/report-pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Rumbo");
            builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo generar el PDF del informe", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Falta la fuente " + path, e);
        }
    }
}
