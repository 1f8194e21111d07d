package co.rumbo.planning.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.planning.AnnualInvestmentPlans;
import co.rumbo.planning.BudgetApprovedPoais;
import co.rumbo.planning.BudgetCeilings;
import co.rumbo.planning.CeilingLine;
import co.rumbo.planning.Formulation;
import co.rumbo.planning.Formulations;
import co.rumbo.planning.PoaiWorkbook;
import co.rumbo.planning.Publications;
import co.rumbo.platform.web.Downloads;
import co.rumbo.platform.web.Formats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A fiscal year's formulation, budget ceilings and POAI. */
@RestController
@RequestMapping("/api/v1/fiscal-years/{year}")
@Tag(name = "Vigencias: formulación, techos y POAI")
class FiscalYearApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Formulations formulations;
    private final BudgetCeilings ceilings;
    private final AnnualInvestmentPlans poai;
    private final Publications publications;
    private final BudgetApprovedPoais approvedPoais;
    private final Formats formats;

    FiscalYearApiController(
            Formulations formulations,
            BudgetCeilings ceilings,
            AnnualInvestmentPlans poai,
            Publications publications,
            BudgetApprovedPoais approvedPoais,
            Formats formats) {
        this.formulations = formulations;
        this.ceilings = ceilings;
        this.poai = poai;
        this.publications = publications;
        this.approvedPoais = approvedPoais;
        this.formats = formats;
    }

    record ApprovedWithBudgetBody(LocalDate approvedOn, String actReference) {}

    @PostMapping("/poai/approved-with-budget")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Planeación guarda el POAI aprobado con el presupuesto (una vez por vigencia, inmutable)",
            description = "{approvedOn, actReference}: fecha y acuerdo del Concejo (o decreto) que aprobó el"
                    + " presupuesto, en Y−1 o Y y no en el futuro. Copia congelada del POAI vigente; 409 si ya se"
                    + " guardó o no hay planes aprobados; 403 otro rol.")
    BudgetApprovedPoais.ApprovedPoai takeApprovedPoai(
            @PathVariable int year, @RequestBody(required = false) ApprovedWithBudgetBody body) {
        ApprovedWithBudgetBody b = body == null ? new ApprovedWithBudgetBody(null, null) : body;
        return approvedPoais.take(CurrentUser.get(), year, b.approvedOn(), b.actReference());
    }

    @GetMapping("/poai/approved-with-budget")
    @Operation(summary = "El POAI aprobado con el presupuesto (404 si no se ha guardado)")
    BudgetApprovedPoais.ApprovedPoai approvedPoai(@PathVariable int year) {
        return approvedPoais.get(CurrentUser.get(), year);
    }

    @GetMapping("/poai/approved-with-budget.xlsx")
    @Operation(summary = "El POAI aprobado con el presupuesto en Excel")
    ResponseEntity<byte[]> approvedPoaiXlsx(@PathVariable int year) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PoaiWorkbook.write(approvedPoais.get(CurrentUser.get(), year), formats, out);
        return xlsx(out.toByteArray(), "poai-" + year + "-aprobado-con-presupuesto.xlsx");
    }

    @GetMapping("/poai/comparison")
    @Operation(
            summary = "El POAI aprobado con el presupuesto al lado del vigente",
            description = "Por proyecto (BPIN), programa, dependencia y fuente: approved, current, difference y"
                    + " change (SIN_CAMBIO, MODIFICADO, NUEVO, RETIRADO); totales por fuente.")
    BudgetApprovedPoais.Comparison poaiComparison(@PathVariable int year) {
        return approvedPoais.compare(CurrentUser.get(), year);
    }

    static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
        return Downloads.attachment(content, XLSX, fileName);
    }

    @PostMapping("/publications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Planeación publica el plan de acción consolidado de la vigencia (Ley 1474 art. 74)",
            description = "Instantánea inmutable de los planes aprobados en xlsx y PDF con su SHA-256. Cada"
                    + " publicación es una versión nueva; 409 si nada cambió desde la última o no hay planes"
                    + " aprobados.")
    Publications.Publication publish(@PathVariable int year) {
        return publications.publish(CurrentUser.get(), year);
    }

    @GetMapping("/publications")
    @Operation(summary = "Las versiones publicadas del plan de acción de la vigencia")
    List<Publications.Publication> publications(@PathVariable int year) {
        return publications.list(CurrentUser.get(), year);
    }

    @GetMapping("/publications/{version}.{kind}")
    @Operation(summary = "El archivo publicado (xlsx o pdf), byte por byte")
    ResponseEntity<byte[]> published(@PathVariable int year, @PathVariable int version, @PathVariable String kind) {
        byte[] content = publications.file(CurrentUser.get(), year, version, kind);
        return ResponseEntity.ok()
                .contentType(kind.equals("pdf") ? MediaType.APPLICATION_PDF : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("plan-de-accion-" + year + "-v" + version + "." + kind)
                                .build()
                                .toString())
                .body(content);
    }

    record FormulationBody(LocalDate deadline) {}

    record CeilingBody(UUID officeId, String programCode, String source, BigDecimal amount) {}

    @PostMapping("/formulation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Planeación abre la formulación de los planes de acción de la vigencia",
            description = "Con la fecha límite; abrir de nuevo cambia la fecha. El oficio (PDF) se adjunta en"
                    + " /formulation/letter. Responde las dependencias con metas del Plan Indicativo en la vigencia.")
    Formulation open(@PathVariable int year, @RequestBody FormulationBody body) {
        return formulations.open(CurrentUser.get(), year, body == null ? null : body.deadline());
    }

    @GetMapping("/formulation")
    @Operation(summary = "La formulación abierta: fecha límite y dependencias con su plan")
    Formulation formulation(@PathVariable int year) {
        return formulations.get(CurrentUser.get(), year);
    }

    @PostMapping("/formulation/letter")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Adjunta el oficio o circular de la formulación (PDF, máximo 10 MB)")
    void letter(@PathVariable int year, @RequestParam("file") MultipartFile file) throws IOException {
        formulations.attachLetter(
                CurrentUser.get(), year, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping("/formulation/letter")
    @Operation(summary = "Descarga el oficio de la formulación")
    ResponseEntity<byte[]> downloadLetter(@PathVariable int year) {
        Formulations.Letter letter = formulations
                .letter(CurrentUser.get(), year)
                .orElseThrow(() -> new co.rumbo.platform.NotFoundException("La formulación no tiene oficio"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(letter.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(letter.content());
    }

    @PutMapping("/ceilings")
    @Operation(
            summary = "Hacienda (o planeación) fija los techos presupuestales de la vigencia",
            description = "Reemplaza los techos de la vigencia por la lista: [{officeId, programCode, source, amount}]."
                    + " Responde la comparación con los costos del Plan Indicativo.")
    BudgetCeilings.CeilingSummary putCeilings(@PathVariable int year, @RequestBody List<CeilingBody> body) {
        if (body == null) {
            throw new IllegalArgumentException("El cuerpo debe ser una lista de techos");
        }
        List<CeilingLine> lines = body.stream()
                .map(c -> new CeilingLine(c.officeId(), c.programCode(), c.source(), c.amount()))
                .toList();
        return ceilings.replace(CurrentUser.get(), year, lines);
    }

    @PostMapping("/ceilings/csv")
    @Operation(
            summary = "Carga los techos de la vigencia desde la plantilla CSV (reemplaza los anteriores)",
            description = "Columnas separadas por «;»: dependencia (código), nombre_dependencia, programa, fuente,"
                    + " valor. Con cualquier error no se guarda nada y la respuesta dice las filas.")
    BudgetCeilings.CeilingSummary uploadCeilings(@PathVariable int year, @RequestParam("file") MultipartFile file)
            throws IOException {
        return ceilings.replaceFromCsv(
                CurrentUser.get(), year, new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @PostMapping("/ceilings/upload")
    @Operation(
            summary = "Carga los techos de la vigencia desde la plantilla llena, xlsx o CSV (reemplaza los anteriores)",
            description = "Multipart «file». El formato se reconoce por el contenido (un xlsx es un ZIP; un CSV es"
                    + " texto). xlsx: la hoja «Techos AAAA» de /ceilings/template.xlsx, columnas por su encabezado"
                    + " (Código dependencia, Programa, Fuente, Techo (pesos)); una fila sin valor no fija techo. Con"
                    + " cualquier error (409) no se guarda nada y el detalle dice hoja, fila y columna. Archivos"
                    + " dañados, .xls, bombas zip o con DOCTYPE se rechazan sin leerlos (409).")
    BudgetCeilings.CeilingSummary uploadCeilingsFile(@PathVariable int year, @RequestParam("file") MultipartFile file)
            throws IOException {
        return ceilings.replaceFromUpload(CurrentUser.get(), year, file.getBytes());
    }

    @GetMapping("/ceilings/template.xlsx")
    @Operation(
            summary = "La plantilla xlsx de techos de la vigencia",
            description = "Una fila por dependencia, programa y fuente del Plan Indicativo (con el techo actual) y"
                    + " una por dependencia y programa sin fuente aún; hojas «Dependencias» y «Fuentes» con los"
                    + " códigos que aceptan las columnas.")
    ResponseEntity<byte[]> ceilingsXlsxTemplate(@PathVariable int year) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("techos-" + year + ".xlsx")
                                .build()
                                .toString())
                .body(ceilings.xlsxTemplate(CurrentUser.get(), year));
    }

    @GetMapping("/ceilings/template.csv")
    @Operation(summary = "La plantilla CSV de techos de la vigencia, con los valores actuales")
    ResponseEntity<byte[]> ceilingsTemplate(@PathVariable int year) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("techos-" + year + ".csv")
                                .build()
                                .toString())
                .body(ceilings.csvTemplate(CurrentUser.get(), year).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/ceilings")
    @Operation(summary = "Techos por dependencia, programa y fuente frente a los costos del Plan Indicativo")
    BudgetCeilings.CeilingSummary ceilings(@PathVariable int year) {
        return ceilings.summary(CurrentUser.get(), year);
    }

    @GetMapping("/poai")
    @Operation(
            summary = "El POAI de la vigencia, consolidado de los planes de acción aprobados",
            description = "Por proyecto (BPIN), programa, sector, dependencia y fuente; totales por fuente frente a"
                    + " los techos. Exacto al centavo.")
    AnnualInvestmentPlans.Poai poai(@PathVariable int year) {
        return poai.of(CurrentUser.get(), year);
    }

    @GetMapping("/poai.xlsx")
    @Operation(summary = "El POAI de la vigencia en Excel")
    ResponseEntity<byte[]> poaiXlsx(@PathVariable int year) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PoaiWorkbook.write(poai.of(CurrentUser.get(), year), out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("poai-" + year + ".xlsx")
                                .build()
                                .toString())
                .body(out.toByteArray());
    }
}
