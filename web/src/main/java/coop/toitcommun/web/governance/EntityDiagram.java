package coop.toitcommun.web.governance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.Relation;
import coop.toitcommun.governance.RelationKind;

/**
 * The layout of the entities diagram, computed here and drawn as inline SVG by the template: the entities
 * in a row, each relation an arc (left to right above the row, right to left below it), and the member
 * organisations underneath, linked to the entities they sit in.
 */
record EntityDiagram(int width, int height, List<Box> entities, List<Arc> arcs, List<Box> organisations, List<Link> links) {

    static final int BOX_WIDTH = 270;
    static final int BOX_HEIGHT = 96;
    static final int GAP = 75;
    static final int MARGIN = 20;
    static final int LEVEL = 34;
    static final int ORG_WIDTH = 200;
    static final int ORG_HEIGHT = 34;
    static final int ORG_GAP = 16;

    /** A labelled box; {@code lines} is its name wrapped; {@code id} links to its page. */
    record Box(long id, int x, int y, int width, int height, List<String> lines, String kind) {
        int centreX() {
            return x + width / 2;
        }
    }

    /** A relation as an SVG path, with its label at {@code labelX, labelY}. */
    record Arc(String path, int labelX, int labelY, RelationKind kind, String from, String to) {
    }

    record Link(int x1, int y1, int x2, int y2) {
    }

    static EntityDiagram of(List<LegalEntity> entities, List<Relation> relations, Map<String, Set<Long>> organisations) {
        int width = Math.max(2 * MARGIN + entities.size() * BOX_WIDTH + Math.max(0, entities.size() - 1) * GAP, 600);
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            column.put(entities.get(i).id(), i);
        }
        List<Relation> above = relations.stream().filter(r -> column.get(r.fromId()) < column.get(r.toId())).toList();
        List<Relation> below = relations.stream().filter(r -> column.get(r.fromId()) > column.get(r.toId())).toList();
        int top = MARGIN + 24 + LEVEL * above.size();
        List<Box> boxes = new ArrayList<>();
        Map<Long, LegalEntity> byId = new HashMap<>();
        for (LegalEntity entity : entities) {
            byId.put(entity.id(), entity);
            boxes.add(new Box(entity.id(), x(column.get(entity.id())), top, BOX_WIDTH, BOX_HEIGHT, wrap(entity.name(), 27, 3),
                entity.legalForm().name()));
        }
        List<Arc> arcs = new ArrayList<>();
        for (int i = 0; i < above.size(); i++) {
            arcs.add(arc(above.get(i), column, byId, top, top - 30 - LEVEL * i, i));
        }
        int bottom = top + BOX_HEIGHT;
        for (int i = 0; i < below.size(); i++) {
            arcs.add(arc(below.get(i), column, byId, bottom, bottom + 30 + LEVEL * i, i));
        }
        int orgTop = bottom + 30 + LEVEL * below.size() + 50;
        int perRow = Math.max(1, (width - 2 * MARGIN + ORG_GAP) / (ORG_WIDTH + ORG_GAP));
        List<Box> orgBoxes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Set<Long>> organisation : organisations.entrySet()) {
            int x = MARGIN + (n % perRow) * (ORG_WIDTH + ORG_GAP);
            int y = orgTop + (n / perRow) * (ORG_HEIGHT + ORG_GAP);
            Box box = new Box(0, x, y, ORG_WIDTH, ORG_HEIGHT, wrap(organisation.getKey(), 28, 1), "ORGANISATION");
            orgBoxes.add(box);
            for (Long entityId : organisation.getValue()) {
                Integer col = column.get(entityId);
                if (col != null) {
                    links.add(new Link(box.centreX(), y, x(col) + BOX_WIDTH / 2 - 60 + (n % 7) * 20, bottom));
                }
            }
            n++;
        }
        int rows = (organisations.size() + perRow - 1) / perRow;
        int height = orgTop + rows * (ORG_HEIGHT + ORG_GAP) + MARGIN;
        return new EntityDiagram(width, height, boxes, arcs, orgBoxes, links);
    }

    private static Arc arc(Relation relation, Map<Long, Integer> column, Map<Long, LegalEntity> byId, int base, int apex, int index) {
        int shift = -50 + (index % 5) * 25;
        int from = x(column.get(relation.fromId())) + BOX_WIDTH / 2 + shift;
        int to = x(column.get(relation.toId())) + BOX_WIDTH / 2 - shift;
        String path = "M " + from + " " + base + " C " + from + " " + apex + ", " + to + " " + apex + ", " + to + " " + base;
        int labelY = (base + 3 * apex) / 4 + (apex < base ? -6 : 14);
        return new Arc(path, (from + to) / 2, labelY, relation.kind(), byId.get(relation.fromId()).name(),
            byId.get(relation.toId()).name());
    }

    private static int x(int column) {
        return MARGIN + column * (BOX_WIDTH + GAP);
    }

    /** Splits a name into at most {@code maxLines} lines of about {@code width} characters, with an ellipsis if cut. */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            String last = cut.get(maxLines - 1);
            cut.set(maxLines - 1, (last.length() > width - 1 ? last.substring(0, width - 1) : last) + "…");
            return cut;
        }
        return lines;
    }
}
