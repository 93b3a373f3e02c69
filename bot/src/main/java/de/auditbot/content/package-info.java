/**
 * Reading the plain data files in dialogs/: safe YAML parsing with errors that name the file,
 * the path inside it and the problem. Catalogs and dialog texts are both loaded through here.
 */
package de.auditbot.content;
