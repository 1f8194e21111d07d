package co.rumbo.meetings.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.UserView;
import co.rumbo.identity.Users;
import co.rumbo.meetings.AttendeeCommand;
import co.rumbo.meetings.Commitment;
import co.rumbo.meetings.CommitmentCommand;
import co.rumbo.meetings.CommitmentState;
import co.rumbo.meetings.Commitments;
import co.rumbo.meetings.Meeting;
import co.rumbo.meetings.MeetingCommand;
import co.rumbo.meetings.MeetingDetail;
import co.rumbo.meetings.MeetingState;
import co.rumbo.meetings.Meetings;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.platform.web.Formats;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of bilateral meetings and commitments. The planning office schedules and records; the offices
 * see theirs and their leader records a commitment as done; the roles that see every office read all.
 */
@Controller
class MeetingPageController {

    private static final int PAGE_SIZE = 25;

    private final Meetings meetings;
    private final Commitments commitments;
    private final Organizations organizations;
    private final Users users;

    MeetingPageController(Meetings meetings, Commitments commitments, Organizations organizations, Users users) {
        this.meetings = meetings;
        this.commitments = commitments;
        this.organizations = organizations;
        this.users = users;
    }

    private static boolean planner(CurrentUser user) {
        return user.hasAny(Role.PLANEACION, Role.ADMIN);
    }

    private List<Office> visibleOffices(CurrentUser user) {
        return organizations.offices(user.requireOrganization()).stream()
                .filter(o -> user.canSeeOffice(o.id()))
                .toList();
    }

    @GetMapping("/reuniones")
    String list(
            @RequestParam(required = false) UUID dependencia,
            @RequestParam(required = false) MeetingState estado,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("result", meetings.list(user, dependencia, estado, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("offices", visibleOffices(user));
        model.addAttribute("states", MeetingState.values());
        model.addAttribute("dependencia", dependencia);
        model.addAttribute("estado", estado);
        model.addAttribute("planner", planner(user));
        model.addAttribute("overdue", commitments.overdue(user, today()).size());
        StringBuilder base = new StringBuilder("/reuniones?");
        if (dependencia != null) base.append("dependencia=").append(dependencia).append('&');
        if (estado != null) base.append("estado=").append(estado).append('&');
        model.addAttribute("base", base.substring(0, base.length() - 1));
        return "meetings/list";
    }

    @GetMapping("/reuniones/nueva")
    String create(
            @RequestParam(required = false) UUID dependencia,
            @RequestParam(required = false) UUID seguimientoDe,
            @RequestParam(required = false) String periodo,
            @RequestParam(required = false) String alertas,
            Model model) {
        CurrentUser user = CurrentUser.get();
        if (!planner(user)) {
            throw new co.rumbo.platform.ForbiddenException("Solo la oficina de planeación programa reuniones");
        }
        MeetingForm form = new MeetingForm();
        if (seguimientoDe != null) {
            Meeting previous = meetings.get(user, seguimientoDe);
            form.officeId = previous.officeId();
            form.followUpOf = previous.id();
            form.reportPeriod = previous.reportPeriod();
            form.place = previous.place();
        } else {
            // From the quarterly report (seed 001 step 7): the office, its period and why.
            form.officeId = dependencia;
            form.reportPeriod = periodo;
            form.alerts = alertas;
        }
        return form(model, user, form, null, null);
    }

    @PostMapping("/reuniones/nueva")
    String create(MeetingForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        try {
            List<AttendeeCommand> attendees = form.attendees == null || form.attendees.isBlank()
                    ? List.of()
                    : form.attendees
                            .lines()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty())
                            .map(MeetingPageController::attendee)
                            .toList();
            Meeting meeting = meetings.schedule(user, form.command(), attendees);
            redirect.addFlashAttribute("ok", "Se programó la reunión con " + meeting.officeName());
            return "redirect:/reuniones/" + meeting.id();
        } catch (BusinessRuleException e) {
            return form(model, user, form, null, e.getMessage());
        }
    }

    /** "Nombre — cargo" (or "Nombre - cargo", "Nombre, cargo") as one attendee per line. */
    static AttendeeCommand attendee(String line) {
        String[] parts = line.split("\\s+[—–-]\\s+|,", 2);
        return new AttendeeCommand(parts[0], parts.length > 1 ? parts[1] : null, null);
    }

    @GetMapping("/reuniones/metas")
    String goalOptions(@RequestParam(required = false) UUID officeId, Model model) {
        model.addAttribute("goals", meetings.goalsOf(CurrentUser.get(), officeId));
        model.addAttribute("chosen", List.of());
        return "meetings/form :: goals";
    }

    @GetMapping("/reuniones/{id}")
    String detail(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUser.get();
        MeetingDetail detail = meetings.detail(user, id, today());
        Meeting m = detail.meeting();
        model.addAttribute("d", detail);
        model.addAttribute("m", m);
        model.addAttribute("planner", planner(user));
        model.addAttribute("today", today());
        model.addAttribute("maxMb", Math.max(1, meetings.maxMinutesBytes() / (1024 * 1024)));
        model.addAttribute("doable", doable(user, detail.commitments(), detail.followedUpCommitments()));
        if (planner(user) && m.state() != MeetingState.CANCELADA) {
            model.addAttribute("goals", meetings.goalsOf(user, m.officeId()));
            model.addAttribute("people", people(user));
        }
        return "meetings/detail";
    }

    @GetMapping("/reuniones/{id}/editar")
    String edit(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUser.get();
        MeetingDetail detail = meetings.detail(user, id, today());
        return form(model, user, MeetingForm.of(detail), detail.meeting(), null);
    }

    @PostMapping("/reuniones/{id}/editar")
    String edit(@PathVariable UUID id, MeetingForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        try {
            meetings.update(user, id, form.version, form.command());
            redirect.addFlashAttribute("ok", "Se guardaron los cambios de la reunión");
            return "redirect:/reuniones/" + id;
        } catch (BusinessRuleException | StaleVersionException e) {
            Meeting current = meetings.get(user, id);
            if (e instanceof StaleVersionException) {
                form = MeetingForm.of(meetings.detail(user, id, today()));
            }
            return form(model, user, form, current, e.getMessage());
        }
    }

    private String form(Model model, CurrentUser user, MeetingForm form, Meeting meeting, String error) {
        if (!planner(user)) {
            throw new co.rumbo.platform.ForbiddenException("Solo la oficina de planeación programa reuniones");
        }
        model.addAttribute("form", form);
        model.addAttribute("meeting", meeting);
        model.addAttribute("offices", visibleOffices(user));
        model.addAttribute("goals", meetings.goalsOf(user, form.officeId));
        model.addAttribute("chosen", form.alertGoalIds == null ? List.of() : form.alertGoalIds);
        model.addAttribute(
                "previous",
                form.officeId == null
                        ? List.of()
                        : meetings.list(user, form.officeId, null, 0, 100).items().stream()
                                .filter(m -> meeting == null || !m.id().equals(meeting.id()))
                                .toList());
        model.addAttribute("error", error);
        return "meetings/form";
    }

    @PostMapping("/reuniones/{id}/cancelar")
    String cancel(@PathVariable UUID id, @RequestParam(defaultValue = "") String motivo, RedirectAttributes redirect) {
        try {
            meetings.cancel(CurrentUser.get(), id, motivo);
            redirect.addFlashAttribute("ok", "Se canceló la reunión");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reuniones/" + id;
    }

    @PostMapping("/reuniones/{id}/asistentes")
    String addAttendee(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String nombre,
            @RequestParam(defaultValue = "") String cargo,
            @RequestParam(required = false) UUID usuario,
            RedirectAttributes redirect) {
        try {
            meetings.addAttendee(CurrentUser.get(), id, new AttendeeCommand(nombre, cargo, usuario));
            redirect.addFlashAttribute("ok", "Se registró el asistente");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reuniones/" + id + "#asistentes";
    }

    @PostMapping("/reuniones/{id}/asistentes/{attendee}/quitar")
    String removeAttendee(@PathVariable UUID id, @PathVariable UUID attendee, RedirectAttributes redirect) {
        meetings.removeAttendee(CurrentUser.get(), id, attendee);
        redirect.addFlashAttribute("ok", "Se quitó el asistente");
        return "redirect:/reuniones/" + id + "#asistentes";
    }

    @PostMapping("/reuniones/{id}/acta")
    String minutes(
            @PathVariable UUID id, @RequestParam(required = false) MultipartFile acta, RedirectAttributes redirect)
            throws IOException {
        try {
            if (acta == null || acta.isEmpty()) {
                throw new BusinessRuleException("Elija el archivo del acta.");
            }
            meetings.attachMinutes(CurrentUser.get(), id, acta.getOriginalFilename(), acta.getBytes());
            redirect.addFlashAttribute("ok", "Se adjuntó el acta; la reunión quedó como realizada");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reuniones/" + id;
    }

    @GetMapping("/reuniones/{id}/acta")
    ResponseEntity<byte[]> downloadMinutes(@PathVariable UUID id) {
        return MeetingApiController.download(meetings.minutes(CurrentUser.get(), id));
    }

    @PostMapping("/reuniones/{id}/compromisos")
    String addCommitment(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String descripcion,
            @RequestParam(required = false) UUID responsableUsuario,
            @RequestParam(defaultValue = "") String responsable,
            @RequestParam(defaultValue = "") String correo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fecha,
            @RequestParam(required = false) UUID meta,
            RedirectAttributes redirect) {
        try {
            commitments.add(
                    CurrentUser.get(),
                    id,
                    new CommitmentCommand(descripcion, responsable, correo, responsableUsuario, fecha, meta));
            redirect.addFlashAttribute("ok", "Se registró el compromiso");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reuniones/" + id + "#compromisos";
    }

    @GetMapping("/compromisos")
    String commitments(
            @RequestParam(required = false) UUID dependencia,
            @RequestParam(required = false) CommitmentState estado,
            @RequestParam(required = false) Boolean vencidos,
            Model model) {
        CurrentUser user = CurrentUser.get();
        CommitmentState state = Boolean.TRUE.equals(vencidos) ? CommitmentState.VENCIDO : estado;
        model.addAttribute("offices", visibleOffices(user));
        model.addAttribute("states", CommitmentState.values());
        model.addAttribute("dependencia", dependencia);
        model.addAttribute("estado", state);
        model.addAttribute("planner", planner(user));
        List<Commitment> items = commitments.list(user, dependencia, state, today());
        model.addAttribute("items", items);
        model.addAttribute("doable", doable(user, items, List.of()));
        model.addAttribute("today", today());
        return "meetings/commitments";
    }

    @PostMapping("/compromisos/{id}/cumplido")
    String done(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String nota,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fecha,
            @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "") String volver,
            RedirectAttributes redirect) {
        try {
            commitments.markDone(CurrentUser.get(), id, fecha, nota, version);
            redirect.addFlashAttribute("ok", "Se registró el compromiso como cumplido");
        } catch (BusinessRuleException | StaleVersionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back(volver);
    }

    @PostMapping("/compromisos/{id}/reabrir")
    String reopen(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String motivo,
            @RequestParam(defaultValue = "") String volver,
            RedirectAttributes redirect) {
        try {
            commitments.reopen(CurrentUser.get(), id, motivo);
            redirect.addFlashAttribute("ok", "Se reabrió el compromiso");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back(volver);
    }

    @PostMapping("/compromisos/{id}/quitar")
    String delete(@PathVariable UUID id, @RequestParam(defaultValue = "") String volver, RedirectAttributes redirect) {
        try {
            commitments.delete(CurrentUser.get(), id);
            redirect.addFlashAttribute("ok", "Se quitó el compromiso");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back(volver);
    }

    /** Only this module's own pages: a redirect elsewhere (another site) is never followed. */
    static String back(String volver) {
        boolean local = volver != null
                && volver.matches("/(reuniones|compromisos)[A-Za-z0-9/?=&#_.-]*")
                && !volver.startsWith("//");
        return local ? volver : "/compromisos";
    }

    /** The commitments the person may record as done (same rule as the service's). */
    private static java.util.Set<UUID> doable(CurrentUser user, List<Commitment> a, List<Commitment> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream())
                .filter(c -> c.state() != CommitmentState.CUMPLIDO)
                .filter(c -> planner(user)
                        || (user.has(Role.LIDER) && user.officeIds().contains(c.officeId()))
                        || user.id().equals(c.responsibleUserId()))
                .map(Commitment::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    private List<UserView> people(CurrentUser user) {
        return users.search(user.requireOrganization(), "", 0, 500).items().stream()
                .filter(UserView::enabled)
                .toList();
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.BOGOTA);
    }

    /** The meeting form as the page posts it. */
    public static class MeetingForm {
        UUID officeId;
        String startsAt;
        String place;
        String reportPeriod;
        String alerts;
        List<UUID> alertGoalIds;
        UUID followUpOf;
        String attendees;
        int version;

        static MeetingForm of(MeetingDetail d) {
            MeetingForm f = new MeetingForm();
            Meeting m = d.meeting();
            f.officeId = m.officeId();
            f.startsAt = m.startsAt().toString();
            f.place = m.place();
            f.reportPeriod = m.reportPeriod();
            f.alerts = m.alerts();
            f.alertGoalIds =
                    d.alertGoals().stream().map(MeetingDetail.AlertGoal::goalId).toList();
            f.followUpOf = m.followUpOf();
            f.version = m.version();
            return f;
        }

        MeetingCommand command() {
            LocalDateTime when;
            try {
                when = startsAt == null || startsAt.isBlank() ? null : LocalDateTime.parse(startsAt.strip());
            } catch (DateTimeParseException e) {
                throw new BusinessRuleException("La fecha y hora no es válida: " + startsAt);
            }
            return new MeetingCommand(officeId, when, place, reportPeriod, alerts, alertGoalIds, followUpOf);
        }

        public UUID getOfficeId() {
            return officeId;
        }

        public void setOfficeId(UUID officeId) {
            this.officeId = officeId;
        }

        public String getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(String startsAt) {
            this.startsAt = startsAt;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getReportPeriod() {
            return reportPeriod;
        }

        public void setReportPeriod(String reportPeriod) {
            this.reportPeriod = reportPeriod;
        }

        public String getAlerts() {
            return alerts;
        }

        public void setAlerts(String alerts) {
            this.alerts = alerts;
        }

        public List<UUID> getAlertGoalIds() {
            return alertGoalIds;
        }

        public void setAlertGoalIds(List<UUID> alertGoalIds) {
            this.alertGoalIds = alertGoalIds;
        }

        public UUID getFollowUpOf() {
            return followUpOf;
        }

        public void setFollowUpOf(UUID followUpOf) {
            this.followUpOf = followUpOf;
        }

        public String getAttendees() {
            return attendees;
        }

        public void setAttendees(String attendees) {
            this.attendees = attendees;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }
}
