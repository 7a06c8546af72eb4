package org.safar.training.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** A session as typed: course, centre and room, dates, class days and hours, capacity and trainers. */
public class SessionForm {

    @NotNull(message = "{training.session.course.required}")
    private Long courseId;
    @NotNull(message = "{training.session.centre.required}")
    private Long centreId;
    private Long roomId;
    @NotNull(message = "{training.session.startsOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @NotNull(message = "{training.session.endsOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @NotEmpty(message = "{training.session.classDays.required}")
    private List<Integer> classDays = new ArrayList<>(List.of(1, 2, 3, 4, 5));
    @NotNull(message = "{training.session.time.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime startsAt = LocalTime.of(9, 0);
    @NotNull(message = "{training.session.time.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime endsAt = LocalTime.of(13, 0);
    @NotNull(message = "{training.session.capacity.invalid}")
    @Min(value = 1, message = "{training.session.capacity.invalid}")
    @Max(value = 500, message = "{training.session.capacity.invalid}")
    private Integer capacity = 20;
    @NotEmpty(message = "{training.session.trainers.required}")
    private List<Long> trainerIds = new ArrayList<>();

    public static SessionForm of(Session s, List<Long> trainers) {
        SessionForm form = new SessionForm();
        form.courseId = s.courseId();
        form.centreId = s.centreId();
        form.roomId = s.roomId();
        form.startsOn = s.startsOn();
        form.endsOn = s.endsOn();
        form.classDays = new ArrayList<>(s.weekdays().stream().map(d -> d.getValue()).toList());
        form.startsAt = s.startsAt();
        form.endsAt = s.endsAt();
        form.capacity = s.capacity();
        form.trainerIds = new ArrayList<>(trainers);
        return form;
    }

    String classDaysText() {
        return classDays.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    public Long getCourseId() { return courseId; }
    public void setCourseId(Long v) { courseId = v; }
    public Long getCentreId() { return centreId; }
    public void setCentreId(Long v) { centreId = v; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long v) { roomId = v; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { startsOn = v; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate v) { endsOn = v; }
    public List<Integer> getClassDays() { return classDays; }
    public void setClassDays(List<Integer> v) { classDays = v == null ? new ArrayList<>() : v; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime v) { startsAt = v; }
    public LocalTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalTime v) { endsAt = v; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer v) { capacity = v; }
    public List<Long> getTrainerIds() { return trainerIds; }
    public void setTrainerIds(List<Long> v) { trainerIds = v == null ? new ArrayList<>() : v; }
}
