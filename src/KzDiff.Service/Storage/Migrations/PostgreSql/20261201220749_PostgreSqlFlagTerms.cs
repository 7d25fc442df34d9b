using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KzDiff.Service.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PostgreSqlFlagTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WatchTerms",
                table: "comparisons",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WatchTerms",
                table: "comparisons");
        }
    }
}
