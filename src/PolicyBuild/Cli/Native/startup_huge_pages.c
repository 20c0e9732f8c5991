/*
 * Linked into the Native AOT command on Linux (see PolicyBuild.csproj): before the .NET runtime starts,
 * asks the kernel to back the executable's zero-filled data (.bss, where the runtime unpacks about 14 MB
 * of type data at every start) with transparent huge pages. Unpacked into 4 KB pages that took some
 * 3,500 page faults: half of a `policybuild --version`, and far more on a virtual machine, where each
 * fault is costly. Where huge pages are off ("never") the advice is ignored and nothing changes.
 */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>

static int advise_zero_filled_data(struct dl_phdr_info *info, size_t size, void *unused)
{
    (void)size;
    (void)unused;
    if (info->dlpi_name != 0 && info->dlpi_name[0] != '\0')
    {
        return 0; /* a shared library: only the executable itself is ours */
    }

    for (int i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD || (segment->p_flags & PF_W) == 0 || segment->p_memsz <= segment->p_filesz)
        {
            continue;
        }

        const uintptr_t page = 4096;
        uintptr_t start = (info->dlpi_addr + segment->p_vaddr + segment->p_filesz + page - 1) & ~(page - 1);
        uintptr_t end = (info->dlpi_addr + segment->p_vaddr + segment->p_memsz) & ~(page - 1);
        if (end > start)
        {
            (void)madvise((void *)start, end - start, MADV_HUGEPAGE); /* advice: a refusal changes nothing */
        }
    }

    return 1;
}

__attribute__((constructor)) static void policybuild_advise_huge_pages(void)
{
    dl_iterate_phdr(advise_zero_filled_data, 0);
}
