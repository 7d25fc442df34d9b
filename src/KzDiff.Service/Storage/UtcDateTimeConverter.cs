using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KzDiff.Service.Storage;

/// <summary>Every stored time is UTC; SQLite forgets the kind, so it is put back on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
