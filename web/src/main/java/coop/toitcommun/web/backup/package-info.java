/**
 * The backup and restore commands of the jar ({@link coop.toitcommun.web.backup.BackupCommands}), which the boot
 * class hands its arguments to: a named interface, so that it may.
 */
@org.springframework.modulith.NamedInterface("backup")
package coop.toitcommun.web.backup;
