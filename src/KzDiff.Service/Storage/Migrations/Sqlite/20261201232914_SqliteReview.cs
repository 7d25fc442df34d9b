using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KzDiff.Service.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SqliteReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FlagsIndexedAt",
                table: "comparisons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "review_decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FlagId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "review_flags",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ComparisonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComparisonCompletedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CountryKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CountryName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ToYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false),
                    SectionPath = table.Column<string>(type: "TEXT", nullable: false),
                    SectionTitle = table.Column<string>(type: "TEXT", nullable: false),
                    OldSectionPath = table.Column<string>(type: "TEXT", nullable: true),
                    OldSectionTitle = table.Column<string>(type: "TEXT", nullable: true),
                    RowStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OldText = table.Column<string>(type: "TEXT", nullable: true),
                    NewText = table.Column<string>(type: "TEXT", nullable: true),
                    WordsJson = table.Column<string>(type: "TEXT", nullable: true),
                    Anchor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_flags", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_comparisons_FlagsIndexedAt",
                table: "comparisons",
                column: "FlagsIndexedAt");

            migrationBuilder.CreateIndex(
                name: "IX_review_decisions_FlagId_Version",
                table: "review_decisions",
                columns: new[] { "FlagId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_flags_ComparisonId",
                table: "review_flags",
                column: "ComparisonId");

            migrationBuilder.CreateIndex(
                name: "IX_review_flags_CountryKey_FromYear_ToYear",
                table: "review_flags",
                columns: new[] { "CountryKey", "FromYear", "ToYear" });

            migrationBuilder.CreateIndex(
                name: "IX_review_flags_Score",
                table: "review_flags",
                column: "Score");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_decisions");

            migrationBuilder.DropTable(
                name: "review_flags");

            migrationBuilder.DropIndex(
                name: "IX_comparisons_FlagsIndexedAt",
                table: "comparisons");

            migrationBuilder.DropColumn(
                name: "FlagsIndexedAt",
                table: "comparisons");
        }
    }
}
