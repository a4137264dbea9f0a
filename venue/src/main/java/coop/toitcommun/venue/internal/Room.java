package coop.toitcommun.venue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(schema = "venue", name = "room")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false) private String name;
    @Column(nullable = false) private String description = "";
    private int capacity;
    @Column(nullable = false) private String floor = "";
    @Column(name = "step_free") private boolean stepFree;
    @Column(nullable = false) private String equipment = "";
    @Column(name = "open_to_hosted") private boolean openToHosted;
    @Column(name = "open_to_outside") private boolean openToOutside;
    @Column(name = "approval_required") private boolean approvalRequired;
    @Column(name = "open_to_partners") private boolean openToPartners;
    @Column(name = "min_minutes") private int minMinutes;
    @Column(name = "max_minutes") private int maxMinutes;
    @Column(name = "max_days_ahead") private int maxDaysAhead;
    @Column(name = "buffer_minutes") private int bufferMinutes;
    @Column(name = "rate_member") private int rateMember;
    @Column(name = "rate_hosted") private int rateHosted;
    @Column(name = "rate_outside") private int rateOutside;
    @Column(name = "rate_solidarity") private int rateSolidarity;
    private boolean archived;
    @Version private long version;

    protected Room() {
    }

    public Room(String name) {
        this.name = name;
    }

    public void describe(String name, String description, int capacity, String floor, boolean stepFree, String equipment,
                         boolean openToHosted, boolean openToOutside, boolean approvalRequired, int minMinutes,
                         int maxMinutes, int maxDaysAhead, int bufferMinutes, int rateMember, int rateHosted,
                         int rateOutside, int rateSolidarity) {
        this.name = name;
        this.description = description;
        this.capacity = capacity;
        this.floor = floor;
        this.stepFree = stepFree;
        this.equipment = equipment;
        this.openToHosted = openToHosted;
        this.openToOutside = openToOutside;
        this.approvalRequired = approvalRequired;
        this.minMinutes = minMinutes;
        this.maxMinutes = maxMinutes;
        this.maxDaysAhead = maxDaysAhead;
        this.bufferMinutes = bufferMinutes;
        this.rateMember = rateMember;
        this.rateHosted = rateHosted;
        this.rateOutside = rateOutside;
        this.rateSolidarity = rateSolidarity;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public void setOpenToPartners(boolean openToPartners) {
        this.openToPartners = openToPartners;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public int getCapacity() { return capacity; }
    public String getFloor() { return floor; }
    public boolean isStepFree() { return stepFree; }
    public String getEquipment() { return equipment; }
    public boolean isOpenToHosted() { return openToHosted; }
    public boolean isOpenToOutside() { return openToOutside; }
    public boolean isOpenToPartners() { return openToPartners; }
    public boolean isApprovalRequired() { return approvalRequired; }
    public int getMinMinutes() { return minMinutes; }
    public int getMaxMinutes() { return maxMinutes; }
    public int getMaxDaysAhead() { return maxDaysAhead; }
    public int getBufferMinutes() { return bufferMinutes; }
    public int getRateMember() { return rateMember; }
    public int getRateHosted() { return rateHosted; }
    public int getRateOutside() { return rateOutside; }
    public int getRateSolidarity() { return rateSolidarity; }
    public boolean isArchived() { return archived; }
    public long getVersion() { return version; }
}
