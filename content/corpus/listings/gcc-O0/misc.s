	.file	"misc.c"
	.intel_syntax noprefix
	.text
	.globl	clamp
	.type	clamp, @function
clamp:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	DWORD PTR -12[rbp], edx
	mov	eax, DWORD PTR -4[rbp]
	cmp	eax, DWORD PTR -8[rbp]
	jl	.L2
	mov	edx, DWORD PTR -4[rbp]
	mov	eax, DWORD PTR -12[rbp]
	cmp	edx, eax
	cmovle	eax, edx
	jmp	.L4
.L2:
	mov	eax, DWORD PTR -8[rbp]
.L4:
	pop	rbp
	ret
	.size	clamp, .-clamp
	.globl	max3
	.type	max3, @function
max3:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -24[rbp], esi
	mov	DWORD PTR -28[rbp], edx
	mov	edx, DWORD PTR -24[rbp]
	mov	eax, DWORD PTR -20[rbp]
	cmp	edx, eax
	cmovge	eax, edx
	mov	DWORD PTR -4[rbp], eax
	mov	edx, DWORD PTR -28[rbp]
	mov	eax, DWORD PTR -4[rbp]
	cmp	edx, eax
	cmovge	eax, edx
	pop	rbp
	ret
	.size	max3, .-max3
	.globl	median3
	.type	median3, @function
median3:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -24[rbp], esi
	mov	DWORD PTR -28[rbp], edx
	mov	eax, DWORD PTR -20[rbp]
	cmp	eax, DWORD PTR -24[rbp]
	jle	.L8
	mov	eax, DWORD PTR -20[rbp]
	mov	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -24[rbp]
	mov	DWORD PTR -20[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	mov	DWORD PTR -24[rbp], eax
.L8:
	mov	eax, DWORD PTR -24[rbp]
	cmp	eax, DWORD PTR -28[rbp]
	jle	.L9
	mov	eax, DWORD PTR -28[rbp]
	mov	DWORD PTR -24[rbp], eax
.L9:
	mov	edx, DWORD PTR -24[rbp]
	mov	eax, DWORD PTR -20[rbp]
	cmp	edx, eax
	cmovge	eax, edx
	pop	rbp
	ret
	.size	median3, .-median3
	.globl	is_leap
	.type	is_leap, @function
is_leap:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	and	eax, 3
	test	eax, eax
	jne	.L12
	mov	edx, DWORD PTR -4[rbp]
	movsx	rax, edx
	imul	rax, rax, 1374389535
	shr	rax, 32
	sar	eax, 5
	mov	ecx, edx
	sar	ecx, 31
	sub	eax, ecx
	imul	ecx, eax, 100
	mov	eax, edx
	sub	eax, ecx
	test	eax, eax
	jne	.L13
.L12:
	mov	edx, DWORD PTR -4[rbp]
	movsx	rax, edx
	imul	rax, rax, 1374389535
	shr	rax, 32
	sar	eax, 7
	mov	ecx, edx
	sar	ecx, 31
	sub	eax, ecx
	imul	ecx, eax, 400
	mov	eax, edx
	sub	eax, ecx
	test	eax, eax
	jne	.L14
.L13:
	mov	eax, 1
	jmp	.L16
.L14:
	mov	eax, 0
.L16:
	pop	rbp
	ret
	.size	is_leap, .-is_leap
	.globl	triangle
	.type	triangle, @function
triangle:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	rax, QWORD PTR -8[rbp]
	add	rax, 1
	imul	rax, QWORD PTR -8[rbp]
	mov	rdx, rax
	shr	rdx, 63
	add	rax, rdx
	sar	rax
	pop	rbp
	ret
	.size	triangle, .-triangle
	.globl	lerp_int
	.type	lerp_int, @function
lerp_int:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	DWORD PTR -12[rbp], edx
	mov	eax, DWORD PTR -8[rbp]
	sub	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	mov	eax, DWORD PTR -12[rbp]
	cdqe
	imul	rax, rdx
	lea	rdx, 255[rax]
	test	rax, rax
	cmovs	rax, rdx
	sar	rax, 8
	mov	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	add	eax, edx
	pop	rbp
	ret
	.size	lerp_int, .-lerp_int
	.globl	day_of_week
	.type	day_of_week, @function
day_of_week:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	DWORD PTR -12[rbp], edx
	cmp	DWORD PTR -8[rbp], 0
	jle	.L22
	cmp	DWORD PTR -8[rbp], 12
	jle	.L23
.L22:
	mov	eax, -1
	jmp	.L24
.L23:
	cmp	DWORD PTR -8[rbp], 2
	setle	al
	movzx	eax, al
	sub	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	lea	edx, 3[rax]
	test	eax, eax
	cmovs	eax, edx
	sar	eax, 2
	mov	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	lea	ecx, [rdx+rax]
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	imul	rdx, rdx, 1374389535
	shr	rdx, 32
	sar	edx, 5
	sar	eax, 31
	sub	eax, edx
	add	ecx, eax
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	imul	rdx, rdx, 1374389535
	shr	rdx, 32
	sar	edx, 7
	sar	eax, 31
	sub	edx, eax
	add	ecx, edx
	mov	eax, DWORD PTR -8[rbp]
	sub	eax, 1
	cdqe
	lea	rdx, 0[0+rax*4]
	lea	rax, t.0[rip]
	mov	eax, DWORD PTR [rdx+rax]
	lea	edx, [rcx+rax]
	mov	eax, DWORD PTR -12[rbp]
	add	edx, eax
	movsx	rax, edx
	imul	rax, rax, -1840700269
	shr	rax, 32
	add	eax, edx
	sar	eax, 2
	mov	ecx, edx
	sar	ecx, 31
	sub	eax, ecx
	mov	ecx, eax
	sal	ecx, 3
	sub	ecx, eax
	mov	eax, edx
	sub	eax, ecx
.L24:
	pop	rbp
	ret
	.size	day_of_week, .-day_of_week
	.globl	__popcountdi2
	.globl	count_set_in_range
	.type	count_set_in_range, @function
count_set_in_range:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 32
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -24[rbp], esi
	mov	DWORD PTR -4[rbp], 0
	mov	eax, DWORD PTR -20[rbp]
	mov	DWORD PTR -8[rbp], eax
	jmp	.L26
.L28:
	mov	eax, DWORD PTR -8[rbp]
	mov	rdi, rax
	call	__popcountdi2@PLT
	add	DWORD PTR -4[rbp], eax
	add	DWORD PTR -8[rbp], 1
.L26:
	mov	eax, DWORD PTR -8[rbp]
	cmp	eax, DWORD PTR -24[rbp]
	jnb	.L27
	mov	eax, DWORD PTR -20[rbp]
	add	eax, 64
	cmp	DWORD PTR -8[rbp], eax
	jb	.L28
.L27:
	mov	eax, DWORD PTR -4[rbp]
	leave
	ret
	.size	count_set_in_range, .-count_set_in_range
	.globl	zero_fill
	.type	zero_fill, @function
zero_fill:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	QWORD PTR -8[rbp], rdi
	mov	DWORD PTR -12[rbp], esi
	cmp	DWORD PTR -12[rbp], 0
	jle	.L32
	mov	eax, DWORD PTR -12[rbp]
	cdqe
	lea	rdx, 0[0+rax*4]
	mov	rax, QWORD PTR -8[rbp]
	mov	esi, 0
	mov	rdi, rax
	call	memset@PLT
.L32:
	nop
	leave
	ret
	.size	zero_fill, .-zero_fill
	.globl	copy_ints
	.type	copy_ints, @function
copy_ints:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 32
	mov	QWORD PTR -8[rbp], rdi
	mov	QWORD PTR -16[rbp], rsi
	mov	DWORD PTR -20[rbp], edx
	cmp	DWORD PTR -20[rbp], 0
	jle	.L35
	mov	eax, DWORD PTR -20[rbp]
	cdqe
	lea	rdx, 0[0+rax*4]
	mov	rcx, QWORD PTR -16[rbp]
	mov	rax, QWORD PTR -8[rbp]
	mov	rsi, rcx
	mov	rdi, rax
	call	memcpy@PLT
.L35:
	nop
	leave
	ret
	.size	copy_ints, .-copy_ints
	.globl	length_plus_one
	.type	length_plus_one, @function
length_plus_one:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	QWORD PTR -8[rbp], rdi
	mov	rax, QWORD PTR -8[rbp]
	mov	rdi, rax
	call	strlen@PLT
	add	rax, 1
	leave
	ret
	.size	length_plus_one, .-length_plus_one
	.globl	shift_right_one
	.type	shift_right_one, @function
shift_right_one:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	QWORD PTR -8[rbp], rdi
	mov	DWORD PTR -12[rbp], esi
	cmp	DWORD PTR -12[rbp], 1
	jle	.L40
	mov	eax, DWORD PTR -12[rbp]
	sub	eax, 1
	cdqe
	lea	rdx, 0[0+rax*4]
	mov	rax, QWORD PTR -8[rbp]
	lea	rcx, 4[rax]
	mov	rax, QWORD PTR -8[rbp]
	mov	rsi, rax
	mov	rdi, rcx
	call	memmove@PLT
.L40:
	nop
	leave
	ret
	.size	shift_right_one, .-shift_right_one
	.globl	sum_local_array
	.type	sum_local_array, @function
sum_local_array:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 40
	mov	DWORD PTR -148[rbp], edi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L42
.L43:
	mov	eax, DWORD PTR -4[rbp]
	imul	eax, DWORD PTR -148[rbp]
	mov	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	cdqe
	mov	DWORD PTR -144[rbp+rax*4], edx
	add	DWORD PTR -4[rbp], 1
.L42:
	cmp	DWORD PTR -4[rbp], 31
	jle	.L43
	mov	DWORD PTR -8[rbp], 0
	mov	DWORD PTR -12[rbp], 0
	jmp	.L44
.L45:
	mov	eax, DWORD PTR -12[rbp]
	cdqe
	mov	eax, DWORD PTR -144[rbp+rax*4]
	add	DWORD PTR -8[rbp], eax
	add	DWORD PTR -12[rbp], 3
.L44:
	cmp	DWORD PTR -12[rbp], 31
	jle	.L45
	mov	eax, DWORD PTR -8[rbp]
	leave
	ret
	.size	sum_local_array, .-sum_local_array
	.section	.rodata
.LC0:
	.string	"zero"
.LC1:
	.string	"one"
.LC2:
	.string	"two"
.LC3:
	.string	"three"
.LC4:
	.string	"four"
.LC5:
	.string	"five"
.LC6:
	.string	"six"
.LC7:
	.string	"seven"
.LC8:
	.string	"eight"
.LC9:
	.string	"nine"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	names, @object
	.size	names, 80
names:
	.quad	.LC0
	.quad	.LC1
	.quad	.LC2
	.quad	.LC3
	.quad	.LC4
	.quad	.LC5
	.quad	.LC6
	.quad	.LC7
	.quad	.LC8
	.quad	.LC9
	.text
	.globl	name_length
	.type	name_length, @function
name_length:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 0
	js	.L48
	cmp	DWORD PTR -4[rbp], 9
	jg	.L48
	mov	eax, DWORD PTR -4[rbp]
	cdqe
	lea	rdx, 0[0+rax*8]
	lea	rax, names[rip]
	mov	rax, QWORD PTR [rdx+rax]
	mov	rdi, rax
	call	strlen@PLT
	jmp	.L50
.L48:
	mov	eax, -1
.L50:
	leave
	ret
	.size	name_length, .-name_length
	.globl	first_letter
	.type	first_letter, @function
first_letter:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 0
	js	.L52
	cmp	DWORD PTR -4[rbp], 9
	jg	.L52
	mov	eax, DWORD PTR -4[rbp]
	cdqe
	lea	rdx, 0[0+rax*8]
	lea	rax, names[rip]
	mov	rax, QWORD PTR [rdx+rax]
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	jmp	.L54
.L52:
	mov	eax, 0
.L54:
	pop	rbp
	ret
	.size	first_letter, .-first_letter
	.data
	.align 4
	.type	counter, @object
	.size	counter, 4
counter:
	.long	40
	.text
	.globl	bump
	.type	bump, @function
bump:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	eax, DWORD PTR counter[rip]
	mov	DWORD PTR -4[rbp], eax
	mov	edx, DWORD PTR -4[rbp]
	mov	eax, DWORD PTR -20[rbp]
	add	eax, edx
	mov	DWORD PTR counter[rip], eax
	mov	eax, DWORD PTR counter[rip]
	add	eax, eax
	mov	DWORD PTR -8[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	mov	DWORD PTR counter[rip], eax
	mov	eax, DWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	bump, .-bump
	.section	.rodata
	.align 16
	.type	table, @object
	.size	table, 16
table:
	.value	1
	.value	-2
	.value	300
	.value	-4000
	.value	5
	.value	6
	.value	-7
	.value	8
	.text
	.globl	table_sum
	.type	table_sum, @function
table_sum:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	QWORD PTR -8[rbp], 0
	mov	DWORD PTR -12[rbp], 0
	jmp	.L58
.L59:
	mov	eax, DWORD PTR -12[rbp]
	cdqe
	lea	rdx, [rax+rax]
	lea	rax, table[rip]
	movzx	eax, WORD PTR [rdx+rax]
	movsx	rdx, ax
	mov	ecx, DWORD PTR -20[rbp]
	mov	eax, DWORD PTR -12[rbp]
	add	eax, ecx
	cdqe
	imul	rax, rdx
	add	QWORD PTR -8[rbp], rax
	add	DWORD PTR -12[rbp], 1
.L58:
	cmp	DWORD PTR -12[rbp], 7
	jle	.L59
	mov	rax, QWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	table_sum, .-table_sum
	.globl	abs_diff
	.type	abs_diff, @function
abs_diff:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	eax, DWORD PTR -4[rbp]
	cmp	eax, DWORD PTR -8[rbp]
	jle	.L62
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, DWORD PTR -8[rbp]
	jmp	.L64
.L62:
	mov	eax, DWORD PTR -8[rbp]
	sub	eax, DWORD PTR -4[rbp]
.L64:
	pop	rbp
	ret
	.size	abs_diff, .-abs_diff
	.globl	mix_args
	.type	mix_args, @function
mix_args:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	QWORD PTR -16[rbp], rdx
	mov	QWORD PTR -24[rbp], rcx
	mov	eax, r8d
	mov	edx, r9d
	mov	WORD PTR -28[rbp], ax
	mov	eax, edx
	mov	BYTE PTR -32[rbp], al
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	mov	rax, rdx
	add	rax, rax
	lea	rcx, [rax+rdx]
	mov	rdx, QWORD PTR -16[rbp]
	mov	rax, rdx
	sal	rax, 3
	sub	rax, rdx
	add	rcx, rax
	mov	edx, DWORD PTR -8[rbp]
	mov	eax, edx
	sal	eax, 2
	add	eax, edx
	mov	eax, eax
	add	rcx, rax
	movsx	rdx, WORD PTR -28[rbp]
	mov	rax, rdx
	add	rax, rax
	add	rax, rdx
	sal	rax, 2
	lea	rsi, [rax+rdx]
	mov	rdx, QWORD PTR -24[rbp]
	mov	rax, rdx
	sal	rax, 2
	add	rax, rdx
	add	rax, rax
	add	rax, rdx
	add	rax, rsi
	add	rcx, rax
	movzx	edx, BYTE PTR -32[rbp]
	mov	eax, edx
	sal	eax, 4
	add	eax, edx
	mov	eax, eax
	add	rax, rcx
	pop	rbp
	ret
	.size	mix_args, .-mix_args
	.section	.rodata
	.align 32
	.type	t.0, @object
	.size	t.0, 48
t.0:
	.long	0
	.long	3
	.long	2
	.long	5
	.long	0
	.long	3
	.long	5
	.long	1
	.long	4
	.long	6
	.long	2
	.long	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
