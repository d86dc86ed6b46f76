/* The stub's entry point, first in .text. The ROM loader jumps here after MEM_END. a0 is set to
 * 0x400010A8, the ROM's flash boot path (esp.md §4.1), and the C start is entered with a jump, so
 * its return resumes that path. The constant is built without a literal so the entry is the very
 * first instruction of the image. */

    .section .entry.text, "ax"
    .align 4
    .global fws_esp_entry
    .type fws_esp_entry, @function
fws_esp_entry:
    .begin no-transform
    movi    a0, 0x215           /* 0x215 << 3 = 0x10A8 */
    slli    a0, a0, 3
    movi    a2, 1
    slli    a2, a2, 30          /* 0x40000000 */
    add     a0, a0, a2          /* 0x400010A8 */
    j       fws_esp_start
    .end no-transform
    .size fws_esp_entry, . - fws_esp_entry
