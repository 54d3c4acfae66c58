#include "warta/warta.h"

const char *warta_version(void)
{
    return WARTA_VERSION;
}

const char *warta_strerror(int code)
{
    switch (code) {
    case WARTA_OK: return "success";
    case WARTA_STOP: return "stopped";
    case WARTA_ERROR: return "error";
    case WARTA_ENOMEM: return "out of memory";
    case WARTA_EINVAL: return "invalid argument";
    case WARTA_EUTF8: return "invalid UTF-8";
    case WARTA_EABI: return "incompatible plugin ABI";
    case WARTA_ENOTFOUND: return "not found";
    case WARTA_ECONFIG: return "configuration error";
    case WARTA_EIO: return "input/output error";
    default: return "unknown error";
    }
}
