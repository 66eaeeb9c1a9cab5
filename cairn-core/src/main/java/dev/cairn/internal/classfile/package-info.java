/** Reading what reflection does not give from class files: parameter names from the local variable table. */
package dev.cairn.internal.classfile;
