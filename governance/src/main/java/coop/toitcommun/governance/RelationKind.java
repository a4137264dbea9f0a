package coop.toitcommun.governance;

/** How one entity stands to another: read "from … to". */
public enum RelationKind {
    OWNS_THE_BUILDING, MANAGES_THE_PLACE, CARRIES_THE_PROJECT, IS_AN_ASSOCIATE_OF
}
