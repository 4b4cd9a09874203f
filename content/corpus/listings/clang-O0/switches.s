	.text
	.intel_syntax noprefix
	.file	"switches.c"
	.globl	days_in_month                   # -- Begin function days_in_month
	.p2align	4, 0x90
	.type	days_in_month,@function
days_in_month:                          # @days_in_month
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	mov	dword ptr [rbp - 12], esi
	mov	eax, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
	sub	eax, 1
	je	.LBB0_1
	jmp	.LBB0_6
.LBB0_6:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 2
	je	.LBB0_3
	jmp	.LBB0_7
.LBB0_7:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 3
	je	.LBB0_1
	jmp	.LBB0_8
.LBB0_8:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 4
	je	.LBB0_2
	jmp	.LBB0_9
.LBB0_9:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 5
	je	.LBB0_1
	jmp	.LBB0_10
.LBB0_10:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 6
	je	.LBB0_2
	jmp	.LBB0_11
.LBB0_11:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	add	eax, -7
	sub	eax, 2
	jb	.LBB0_1
	jmp	.LBB0_12
.LBB0_12:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 9
	je	.LBB0_2
	jmp	.LBB0_13
.LBB0_13:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 10
	je	.LBB0_1
	jmp	.LBB0_14
.LBB0_14:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 11
	je	.LBB0_2
	jmp	.LBB0_15
.LBB0_15:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 12
	jne	.LBB0_4
	jmp	.LBB0_1
.LBB0_1:
	mov	dword ptr [rbp - 4], 31
	jmp	.LBB0_5
.LBB0_2:
	mov	dword ptr [rbp - 4], 30
	jmp	.LBB0_5
.LBB0_3:
	mov	edx, dword ptr [rbp - 12]
	mov	eax, 28
	mov	ecx, 29
	cmp	edx, 0
	cmovne	eax, ecx
	mov	dword ptr [rbp - 4], eax
	jmp	.LBB0_5
.LBB0_4:
	mov	dword ptr [rbp - 4], -1
.LBB0_5:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end0:
	.size	days_in_month, .Lfunc_end0-days_in_month
                                        # -- End function
	.globl	opcode_cost                     # -- Begin function opcode_cost
	.p2align	4, 0x90
	.type	opcode_cost,@function
opcode_cost:                            # @opcode_cost
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	mov	eax, dword ptr [rbp - 8]
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 16], rax       # 8-byte Spill
	sub	rax, 9
	ja	.LBB1_11
# %bb.13:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	lea	rcx, [rip + .LJTI1_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB1_1:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB1_12
.LBB1_2:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB1_12
.LBB1_3:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB1_12
.LBB1_4:
	mov	dword ptr [rbp - 4], 7
	jmp	.LBB1_12
.LBB1_5:
	mov	dword ptr [rbp - 4], 12
	jmp	.LBB1_12
.LBB1_6:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB1_12
.LBB1_7:
	mov	dword ptr [rbp - 4], 9
	jmp	.LBB1_12
.LBB1_8:
	mov	dword ptr [rbp - 4], 4
	jmp	.LBB1_12
.LBB1_9:
	mov	dword ptr [rbp - 4], 4
	jmp	.LBB1_12
.LBB1_10:
	mov	dword ptr [rbp - 4], 20
	jmp	.LBB1_12
.LBB1_11:
	mov	dword ptr [rbp - 4], 0
.LBB1_12:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end1:
	.size	opcode_cost, .Lfunc_end1-opcode_cost
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI1_0:
	.long	.LBB1_1-.LJTI1_0
	.long	.LBB1_2-.LJTI1_0
	.long	.LBB1_3-.LJTI1_0
	.long	.LBB1_4-.LJTI1_0
	.long	.LBB1_5-.LJTI1_0
	.long	.LBB1_6-.LJTI1_0
	.long	.LBB1_7-.LJTI1_0
	.long	.LBB1_8-.LJTI1_0
	.long	.LBB1_9-.LJTI1_0
	.long	.LBB1_10-.LJTI1_0
                                        # -- End function
	.text
	.globl	apply_op                        # -- Begin function apply_op
	.p2align	4, 0x90
	.type	apply_op,@function
apply_op:                               # @apply_op
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 12], edi
	mov	qword ptr [rbp - 24], rsi
	mov	qword ptr [rbp - 32], rdx
	mov	eax, dword ptr [rbp - 12]
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
	sub	rax, 9
	ja	.LBB2_17
# %bb.19:
	mov	rax, qword ptr [rbp - 40]       # 8-byte Reload
	lea	rcx, [rip + .LJTI2_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB2_1:
	mov	rax, qword ptr [rbp - 24]
	add	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB2_18
.LBB2_2:
	mov	rax, qword ptr [rbp - 24]
	sub	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB2_18
.LBB2_3:
	mov	rax, qword ptr [rbp - 24]
	imul	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB2_18
.LBB2_4:
	cmp	qword ptr [rbp - 32], 0
	je	.LBB2_6
# %bb.5:
	mov	rax, qword ptr [rbp - 24]
	cqo
	idiv	qword ptr [rbp - 32]
	mov	qword ptr [rbp - 48], rax       # 8-byte Spill
	jmp	.LBB2_7
.LBB2_6:
	xor	eax, eax
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 48], rax       # 8-byte Spill
	jmp	.LBB2_7
.LBB2_7:
	mov	rax, qword ptr [rbp - 48]       # 8-byte Reload
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB2_18
.LBB2_8:
	cmp	qword ptr [rbp - 32], 0
	je	.LBB2_10
# %bb.9:
	mov	rax, qword ptr [rbp - 24]
	cqo
	idiv	qword ptr [rbp - 32]
	mov	qword ptr [rbp - 56], rdx       # 8-byte Spill
	jmp	.LBB2_11
.LBB2_10:
	xor	eax, eax
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 56], rax       # 8-byte Spill
	jmp	.LBB2_11
.LBB2_11:
	mov	rax, qword ptr [rbp - 56]       # 8-byte Reload
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB2_18
.LBB2_12:
	mov	rax, qword ptr [rbp - 24]
	and	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB2_18
.LBB2_13:
	mov	rax, qword ptr [rbp - 24]
	or	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB2_18
.LBB2_14:
	mov	rax, qword ptr [rbp - 24]
	xor	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB2_18
.LBB2_15:
	mov	rax, qword ptr [rbp - 24]
	mov	rcx, qword ptr [rbp - 32]
	and	rcx, 63
                                        # kill: def $cl killed $rcx
	shl	rax, cl
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB2_18
.LBB2_16:
	mov	rax, qword ptr [rbp - 24]
	mov	rcx, qword ptr [rbp - 32]
	and	rcx, 63
                                        # kill: def $cl killed $rcx
	sar	rax, cl
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB2_18
.LBB2_17:
	mov	qword ptr [rbp - 8], -1
.LBB2_18:
	mov	rax, qword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end2:
	.size	apply_op, .Lfunc_end2-apply_op
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI2_0:
	.long	.LBB2_1-.LJTI2_0
	.long	.LBB2_2-.LJTI2_0
	.long	.LBB2_3-.LJTI2_0
	.long	.LBB2_4-.LJTI2_0
	.long	.LBB2_8-.LJTI2_0
	.long	.LBB2_12-.LJTI2_0
	.long	.LBB2_13-.LJTI2_0
	.long	.LBB2_14-.LJTI2_0
	.long	.LBB2_15-.LJTI2_0
	.long	.LBB2_16-.LJTI2_0
                                        # -- End function
	.text
	.globl	char_class                      # -- Begin function char_class
	.p2align	4, 0x90
	.type	char_class,@function
char_class:                             # @char_class
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	mov	eax, dword ptr [rbp - 8]
	add	eax, -9
	mov	ecx, eax
	mov	qword ptr [rbp - 16], rcx       # 8-byte Spill
	sub	eax, 116
	ja	.LBB3_5
# %bb.7:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	lea	rcx, [rip + .LJTI3_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB3_1:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB3_6
.LBB3_2:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB3_6
.LBB3_3:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB3_6
.LBB3_4:
	mov	dword ptr [rbp - 4], 4
	jmp	.LBB3_6
.LBB3_5:
	mov	dword ptr [rbp - 4], 0
.LBB3_6:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end3:
	.size	char_class, .Lfunc_end3-char_class
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI3_0:
	.long	.LBB3_1-.LJTI3_0
	.long	.LBB3_1-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_1-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_1-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_2-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_4-.LJTI3_0
                                        # -- End function
	.text
	.globl	http_status_class               # -- Begin function http_status_class
	.p2align	4, 0x90
	.type	http_status_class,@function
http_status_class:                      # @http_status_class
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	mov	eax, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	sub	eax, 200
	je	.LBB4_1
	jmp	.LBB4_15
.LBB4_15:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 201
	je	.LBB4_2
	jmp	.LBB4_16
.LBB4_16:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 204
	je	.LBB4_3
	jmp	.LBB4_17
.LBB4_17:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 301
	je	.LBB4_4
	jmp	.LBB4_18
.LBB4_18:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 302
	je	.LBB4_5
	jmp	.LBB4_19
.LBB4_19:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 304
	je	.LBB4_6
	jmp	.LBB4_20
.LBB4_20:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 400
	je	.LBB4_7
	jmp	.LBB4_21
.LBB4_21:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 401
	je	.LBB4_8
	jmp	.LBB4_22
.LBB4_22:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 403
	je	.LBB4_9
	jmp	.LBB4_23
.LBB4_23:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 404
	je	.LBB4_10
	jmp	.LBB4_24
.LBB4_24:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 500
	je	.LBB4_11
	jmp	.LBB4_25
.LBB4_25:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 503
	je	.LBB4_12
	jmp	.LBB4_13
.LBB4_1:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB4_14
.LBB4_2:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB4_14
.LBB4_3:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB4_14
.LBB4_4:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB4_14
.LBB4_5:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB4_14
.LBB4_6:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB4_14
.LBB4_7:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB4_14
.LBB4_8:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB4_14
.LBB4_9:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB4_14
.LBB4_10:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB4_14
.LBB4_11:
	mov	dword ptr [rbp - 4], 4
	jmp	.LBB4_14
.LBB4_12:
	mov	dword ptr [rbp - 4], 4
	jmp	.LBB4_14
.LBB4_13:
	mov	dword ptr [rbp - 4], 0
.LBB4_14:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end4:
	.size	http_status_class, .Lfunc_end4-http_status_class
                                        # -- End function
	.globl	roman_value                     # -- Begin function roman_value
	.p2align	4, 0x90
	.type	roman_value,@function
roman_value:                            # @roman_value
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	mov	eax, dword ptr [rbp - 8]
	add	eax, -67
	mov	ecx, eax
	mov	qword ptr [rbp - 16], rcx       # 8-byte Spill
	sub	eax, 21
	ja	.LBB5_8
# %bb.10:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	lea	rcx, [rip + .LJTI5_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB5_1:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB5_9
.LBB5_2:
	mov	dword ptr [rbp - 4], 5
	jmp	.LBB5_9
.LBB5_3:
	mov	dword ptr [rbp - 4], 10
	jmp	.LBB5_9
.LBB5_4:
	mov	dword ptr [rbp - 4], 50
	jmp	.LBB5_9
.LBB5_5:
	mov	dword ptr [rbp - 4], 100
	jmp	.LBB5_9
.LBB5_6:
	mov	dword ptr [rbp - 4], 500
	jmp	.LBB5_9
.LBB5_7:
	mov	dword ptr [rbp - 4], 1000
	jmp	.LBB5_9
.LBB5_8:
	mov	dword ptr [rbp - 4], 0
.LBB5_9:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end5:
	.size	roman_value, .Lfunc_end5-roman_value
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI5_0:
	.long	.LBB5_5-.LJTI5_0
	.long	.LBB5_6-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_1-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_4-.LJTI5_0
	.long	.LBB5_7-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_2-.LJTI5_0
	.long	.LBB5_8-.LJTI5_0
	.long	.LBB5_3-.LJTI5_0
                                        # -- End function
	.text
	.globl	roman_to_int                    # -- Begin function roman_to_int
	.p2align	4, 0x90
	.type	roman_to_int,@function
roman_to_int:                           # @roman_to_int
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 32
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB6_7
# %bb.2:                                #   in Loop: Header=BB6_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	edi, byte ptr [rax]
	call	roman_value
	mov	dword ptr [rbp - 16], eax
	mov	rax, qword ptr [rbp - 8]
	movsx	edi, byte ptr [rax + 1]
	call	roman_value
	mov	dword ptr [rbp - 20], eax
	mov	eax, dword ptr [rbp - 16]
	cmp	eax, dword ptr [rbp - 20]
	jge	.LBB6_4
# %bb.3:                                #   in Loop: Header=BB6_1 Depth=1
	xor	eax, eax
	sub	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 24], eax       # 4-byte Spill
	jmp	.LBB6_5
.LBB6_4:                                #   in Loop: Header=BB6_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 24], eax       # 4-byte Spill
.LBB6_5:                                #   in Loop: Header=BB6_1 Depth=1
	mov	eax, dword ptr [rbp - 24]       # 4-byte Reload
	add	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 12], eax
# %bb.6:                                #   in Loop: Header=BB6_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB6_1
.LBB6_7:
	mov	eax, dword ptr [rbp - 12]
	add	rsp, 32
	pop	rbp
	ret
.Lfunc_end6:
	.size	roman_to_int, .Lfunc_end6-roman_to_int
                                        # -- End function
	.globl	fallthrough_sum                 # -- Begin function fallthrough_sum
	.p2align	4, 0x90
	.type	fallthrough_sum,@function
fallthrough_sum:                        # @fallthrough_sum
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], 0
	mov	eax, dword ptr [rbp - 4]
	add	eax, -1
	mov	ecx, eax
	mov	qword ptr [rbp - 16], rcx       # 8-byte Spill
	sub	eax, 4
	ja	.LBB7_6
# %bb.8:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	lea	rcx, [rip + .LJTI7_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB7_1:
	mov	eax, dword ptr [rbp - 8]
	add	eax, 5
	mov	dword ptr [rbp - 8], eax
.LBB7_2:
	mov	eax, dword ptr [rbp - 8]
	add	eax, 4
	mov	dword ptr [rbp - 8], eax
.LBB7_3:
	mov	eax, dword ptr [rbp - 8]
	add	eax, 3
	mov	dword ptr [rbp - 8], eax
.LBB7_4:
	mov	eax, dword ptr [rbp - 8]
	add	eax, 2
	mov	dword ptr [rbp - 8], eax
.LBB7_5:
	mov	eax, dword ptr [rbp - 8]
	add	eax, 1
	mov	dword ptr [rbp - 8], eax
	jmp	.LBB7_7
.LBB7_6:
	mov	dword ptr [rbp - 8], -1
.LBB7_7:
	mov	eax, dword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end7:
	.size	fallthrough_sum, .Lfunc_end7-fallthrough_sum
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI7_0:
	.long	.LBB7_5-.LJTI7_0
	.long	.LBB7_4-.LJTI7_0
	.long	.LBB7_3-.LJTI7_0
	.long	.LBB7_2-.LJTI7_0
	.long	.LBB7_1-.LJTI7_0
                                        # -- End function
	.text
	.globl	weekday_mask                    # -- Begin function weekday_mask
	.p2align	4, 0x90
	.type	weekday_mask,@function
weekday_mask:                           # @weekday_mask
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	mov	eax, dword ptr [rbp - 8]
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 16], rax       # 8-byte Spill
	sub	rax, 6
	ja	.LBB8_8
# %bb.10:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	lea	rcx, [rip + .LJTI8_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB8_1:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB8_9
.LBB8_2:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB8_9
.LBB8_3:
	mov	dword ptr [rbp - 4], 4
	jmp	.LBB8_9
.LBB8_4:
	mov	dword ptr [rbp - 4], 8
	jmp	.LBB8_9
.LBB8_5:
	mov	dword ptr [rbp - 4], 16
	jmp	.LBB8_9
.LBB8_6:
	mov	dword ptr [rbp - 4], 32
	jmp	.LBB8_9
.LBB8_7:
	mov	dword ptr [rbp - 4], 64
	jmp	.LBB8_9
.LBB8_8:
	mov	dword ptr [rbp - 4], 0
.LBB8_9:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end8:
	.size	weekday_mask, .Lfunc_end8-weekday_mask
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI8_0:
	.long	.LBB8_1-.LJTI8_0
	.long	.LBB8_2-.LJTI8_0
	.long	.LBB8_3-.LJTI8_0
	.long	.LBB8_4-.LJTI8_0
	.long	.LBB8_5-.LJTI8_0
	.long	.LBB8_6-.LJTI8_0
	.long	.LBB8_7-.LJTI8_0
                                        # -- End function
	.text
	.globl	is_prime_small                  # -- Begin function is_prime_small
	.p2align	4, 0x90
	.type	is_prime_small,@function
is_prime_small:                         # @is_prime_small
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	mov	eax, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	add	eax, -2
	sub	eax, 2
	jb	.LBB9_1
	jmp	.LBB9_4
.LBB9_4:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 5
	je	.LBB9_1
	jmp	.LBB9_5
.LBB9_5:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 7
	je	.LBB9_1
	jmp	.LBB9_6
.LBB9_6:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 11
	je	.LBB9_1
	jmp	.LBB9_7
.LBB9_7:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 13
	je	.LBB9_1
	jmp	.LBB9_8
.LBB9_8:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 17
	je	.LBB9_1
	jmp	.LBB9_9
.LBB9_9:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 19
	je	.LBB9_1
	jmp	.LBB9_10
.LBB9_10:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 23
	je	.LBB9_1
	jmp	.LBB9_11
.LBB9_11:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 29
	je	.LBB9_1
	jmp	.LBB9_12
.LBB9_12:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	sub	eax, 31
	jne	.LBB9_2
	jmp	.LBB9_1
.LBB9_1:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB9_3
.LBB9_2:
	mov	dword ptr [rbp - 4], 0
.LBB9_3:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end9:
	.size	is_prime_small, .Lfunc_end9-is_prime_small
                                        # -- End function
	.globl	hex_digit_value                 # -- Begin function hex_digit_value
	.p2align	4, 0x90
	.type	hex_digit_value,@function
hex_digit_value:                        # @hex_digit_value
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	mov	eax, dword ptr [rbp - 8]
	add	eax, -48
	mov	ecx, eax
	mov	qword ptr [rbp - 16], rcx       # 8-byte Spill
	sub	eax, 54
	ja	.LBB10_17
# %bb.19:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	lea	rcx, [rip + .LJTI10_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB10_1:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB10_18
.LBB10_2:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB10_18
.LBB10_3:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB10_18
.LBB10_4:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB10_18
.LBB10_5:
	mov	dword ptr [rbp - 4], 4
	jmp	.LBB10_18
.LBB10_6:
	mov	dword ptr [rbp - 4], 5
	jmp	.LBB10_18
.LBB10_7:
	mov	dword ptr [rbp - 4], 6
	jmp	.LBB10_18
.LBB10_8:
	mov	dword ptr [rbp - 4], 7
	jmp	.LBB10_18
.LBB10_9:
	mov	dword ptr [rbp - 4], 8
	jmp	.LBB10_18
.LBB10_10:
	mov	dword ptr [rbp - 4], 9
	jmp	.LBB10_18
.LBB10_11:
	mov	dword ptr [rbp - 4], 10
	jmp	.LBB10_18
.LBB10_12:
	mov	dword ptr [rbp - 4], 11
	jmp	.LBB10_18
.LBB10_13:
	mov	dword ptr [rbp - 4], 12
	jmp	.LBB10_18
.LBB10_14:
	mov	dword ptr [rbp - 4], 13
	jmp	.LBB10_18
.LBB10_15:
	mov	dword ptr [rbp - 4], 14
	jmp	.LBB10_18
.LBB10_16:
	mov	dword ptr [rbp - 4], 15
	jmp	.LBB10_18
.LBB10_17:
	mov	dword ptr [rbp - 4], -1
.LBB10_18:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end10:
	.size	hex_digit_value, .Lfunc_end10-hex_digit_value
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI10_0:
	.long	.LBB10_1-.LJTI10_0
	.long	.LBB10_2-.LJTI10_0
	.long	.LBB10_3-.LJTI10_0
	.long	.LBB10_4-.LJTI10_0
	.long	.LBB10_5-.LJTI10_0
	.long	.LBB10_6-.LJTI10_0
	.long	.LBB10_7-.LJTI10_0
	.long	.LBB10_8-.LJTI10_0
	.long	.LBB10_9-.LJTI10_0
	.long	.LBB10_10-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_11-.LJTI10_0
	.long	.LBB10_12-.LJTI10_0
	.long	.LBB10_13-.LJTI10_0
	.long	.LBB10_14-.LJTI10_0
	.long	.LBB10_15-.LJTI10_0
	.long	.LBB10_16-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_11-.LJTI10_0
	.long	.LBB10_12-.LJTI10_0
	.long	.LBB10_13-.LJTI10_0
	.long	.LBB10_14-.LJTI10_0
	.long	.LBB10_15-.LJTI10_0
	.long	.LBB10_16-.LJTI10_0
                                        # -- End function
	.text
	.globl	scale_unit                      # -- Begin function scale_unit
	.p2align	4, 0x90
	.type	scale_unit,@function
scale_unit:                             # @scale_unit
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 12], edi
	mov	qword ptr [rbp - 24], rsi
	mov	eax, dword ptr [rbp - 12]
	add	eax, -71
	mov	ecx, eax
	mov	qword ptr [rbp - 32], rcx       # 8-byte Spill
	sub	eax, 38
	ja	.LBB11_6
# %bb.8:
	mov	rax, qword ptr [rbp - 32]       # 8-byte Reload
	lea	rcx, [rip + .LJTI11_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB11_1:
	imul	rax, qword ptr [rbp - 24], 1000
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB11_7
.LBB11_2:
	imul	rax, qword ptr [rbp - 24], 1000000
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB11_7
.LBB11_3:
	imul	rax, qword ptr [rbp - 24], 1000000000
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB11_7
.LBB11_4:
	mov	rax, qword ptr [rbp - 24]
	shl	rax, 10
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB11_7
.LBB11_5:
	mov	rax, qword ptr [rbp - 24]
	shl	rax, 20
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB11_7
.LBB11_6:
	mov	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 8], rax
.LBB11_7:
	mov	rax, qword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end11:
	.size	scale_unit, .Lfunc_end11-scale_unit
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI11_0:
	.long	.LBB11_3-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_4-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_2-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_1-.LJTI11_0
	.long	.LBB11_6-.LJTI11_0
	.long	.LBB11_5-.LJTI11_0
                                        # -- End function
	.text
	.globl	tokens_cost                     # -- Begin function tokens_cost
	.p2align	4, 0x90
	.type	tokens_cost,@function
tokens_cost:                            # @tokens_cost
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
.LBB12_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB12_11
# %bb.2:                                #   in Loop: Header=BB12_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	add	eax, -34
	mov	ecx, eax
	mov	qword ptr [rbp - 24], rcx       # 8-byte Spill
	sub	eax, 25
	ja	.LBB12_8
# %bb.12:                               #   in Loop: Header=BB12_1 Depth=1
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	lea	rcx, [rip + .LJTI12_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB12_3:                               #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 2
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB12_9
.LBB12_4:                               #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 2
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB12_9
.LBB12_5:                               #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB12_9
.LBB12_6:                               #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 5
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB12_9
.LBB12_7:                               #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 3
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB12_9
.LBB12_8:                               #   in Loop: Header=BB12_1 Depth=1
	jmp	.LBB12_9
.LBB12_9:                               #   in Loop: Header=BB12_1 Depth=1
	jmp	.LBB12_10
.LBB12_10:                              #   in Loop: Header=BB12_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB12_1
.LBB12_11:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end12:
	.size	tokens_cost, .Lfunc_end12-tokens_cost
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI12_0:
	.long	.LBB12_7-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_3-.LJTI12_0
	.long	.LBB12_4-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_5-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_8-.LJTI12_0
	.long	.LBB12_6-.LJTI12_0
                                        # -- End function
	.text
	.globl	month_from_letters              # -- Begin function month_from_letters
	.p2align	4, 0x90
	.type	month_from_letters,@function
month_from_letters:                     # @month_from_letters
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], edx
	mov	eax, dword ptr [rbp - 8]
	add	eax, -65
	mov	ecx, eax
	mov	qword ptr [rbp - 24], rcx       # 8-byte Spill
	sub	eax, 18
	ja	.LBB13_12
# %bb.14:
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	lea	rcx, [rip + .LJTI13_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB13_1:
	cmp	dword ptr [rbp - 12], 97
	jne	.LBB13_3
# %bb.2:
	mov	eax, 1
	mov	dword ptr [rbp - 28], eax       # 4-byte Spill
	jmp	.LBB13_4
.LBB13_3:
	mov	edx, dword ptr [rbp - 16]
	mov	eax, 7
	mov	ecx, 6
	cmp	edx, 110
	cmove	eax, ecx
	mov	dword ptr [rbp - 28], eax       # 4-byte Spill
.LBB13_4:
	mov	eax, dword ptr [rbp - 28]       # 4-byte Reload
	mov	dword ptr [rbp - 4], eax
	jmp	.LBB13_13
.LBB13_5:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB13_13
.LBB13_6:
	mov	edx, dword ptr [rbp - 16]
	mov	eax, 5
	mov	ecx, 3
	cmp	edx, 114
	cmove	eax, ecx
	mov	dword ptr [rbp - 4], eax
	jmp	.LBB13_13
.LBB13_7:
	mov	edx, dword ptr [rbp - 12]
	mov	eax, 8
	mov	ecx, 4
	cmp	edx, 112
	cmove	eax, ecx
	mov	dword ptr [rbp - 4], eax
	jmp	.LBB13_13
.LBB13_8:
	mov	dword ptr [rbp - 4], 9
	jmp	.LBB13_13
.LBB13_9:
	mov	dword ptr [rbp - 4], 10
	jmp	.LBB13_13
.LBB13_10:
	mov	dword ptr [rbp - 4], 11
	jmp	.LBB13_13
.LBB13_11:
	mov	dword ptr [rbp - 4], 12
	jmp	.LBB13_13
.LBB13_12:
	mov	dword ptr [rbp - 4], 0
.LBB13_13:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end13:
	.size	month_from_letters, .Lfunc_end13-month_from_letters
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI13_0:
	.long	.LBB13_7-.LJTI13_0
	.long	.LBB13_12-.LJTI13_0
	.long	.LBB13_12-.LJTI13_0
	.long	.LBB13_11-.LJTI13_0
	.long	.LBB13_12-.LJTI13_0
	.long	.LBB13_5-.LJTI13_0
	.long	.LBB13_12-.LJTI13_0
	.long	.LBB13_12-.LJTI13_0
	.long	.LBB13_12-.LJTI13_0
	.long	.LBB13_1-.LJTI13_0
	.long	.LBB13_12-.LJTI13_0
	.long	.LBB13_12-.LJTI13_0
	.long	.LBB13_6-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_12-.LJTI13_0
	.long	.LBB13_12-.LJTI13_0
	.long	.LBB13_12-.LJTI13_0
	.long	.LBB13_8-.LJTI13_0
                                        # -- End function
	.text
	.globl	grade_points                    # -- Begin function grade_points
	.p2align	4, 0x90
	.type	grade_points,@function
grade_points:                           # @grade_points
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	movsxd	rax, dword ptr [rbp - 8]
	imul	rax, rax, 1717986919
	mov	rcx, rax
	sar	rcx, 34
	mov	edx, ecx
	shr	rax, 63
                                        # kill: def $eax killed $eax killed $rax
                                        # implicit-def: $rcx
	mov	ecx, eax
                                        # implicit-def: $rax
	mov	eax, edx
	lea	eax, [rax + rcx - 6]
	mov	ecx, eax
	mov	qword ptr [rbp - 16], rcx       # 8-byte Spill
	sub	eax, 4
	ja	.LBB14_5
# %bb.7:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	lea	rcx, [rip + .LJTI14_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB14_1:
	mov	dword ptr [rbp - 4], 4
	jmp	.LBB14_6
.LBB14_2:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB14_6
.LBB14_3:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB14_6
.LBB14_4:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB14_6
.LBB14_5:
	mov	dword ptr [rbp - 4], 0
.LBB14_6:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end14:
	.size	grade_points, .Lfunc_end14-grade_points
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI14_0:
	.long	.LBB14_4-.LJTI14_0
	.long	.LBB14_3-.LJTI14_0
	.long	.LBB14_2-.LJTI14_0
	.long	.LBB14_1-.LJTI14_0
	.long	.LBB14_1-.LJTI14_0
                                        # -- End function
	.text
	.globl	shift_by_kind                   # -- Begin function shift_by_kind
	.p2align	4, 0x90
	.type	shift_by_kind,@function
shift_by_kind:                          # @shift_by_kind
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 12], edi
	mov	qword ptr [rbp - 24], rsi
	mov	eax, dword ptr [rbp - 12]
                                        # kill: def $rax killed $eax
                                        # kill: def $eax killed $eax killed $rax
	and	eax, 7
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 32], rax       # 8-byte Spill
	sub	eax, 6
	ja	.LBB15_8
# %bb.10:
	mov	rax, qword ptr [rbp - 32]       # 8-byte Reload
	lea	rcx, [rip + .LJTI15_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB15_1:
	mov	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB15_9
.LBB15_2:
	mov	rax, qword ptr [rbp - 24]
	shl	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB15_9
.LBB15_3:
	mov	rax, qword ptr [rbp - 24]
	shr	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB15_9
.LBB15_4:
	mov	rax, qword ptr [rbp - 24]
	shl	rax, 8
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB15_9
.LBB15_5:
	mov	rax, qword ptr [rbp - 24]
	shr	rax, 8
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB15_9
.LBB15_6:
	mov	rax, qword ptr [rbp - 24]
	xor	rax, -1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB15_9
.LBB15_7:
	xor	eax, eax
                                        # kill: def $rax killed $eax
	sub	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB15_9
.LBB15_8:
	imul	rax, qword ptr [rbp - 24], 3
	mov	qword ptr [rbp - 8], rax
.LBB15_9:
	mov	rax, qword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end15:
	.size	shift_by_kind, .Lfunc_end15-shift_by_kind
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI15_0:
	.long	.LBB15_1-.LJTI15_0
	.long	.LBB15_2-.LJTI15_0
	.long	.LBB15_3-.LJTI15_0
	.long	.LBB15_4-.LJTI15_0
	.long	.LBB15_5-.LJTI15_0
	.long	.LBB15_6-.LJTI15_0
	.long	.LBB15_7-.LJTI15_0
                                        # -- End function
	.text
	.globl	vowel_index                     # -- Begin function vowel_index
	.p2align	4, 0x90
	.type	vowel_index,@function
vowel_index:                            # @vowel_index
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	mov	eax, dword ptr [rbp - 8]
	add	eax, -97
	mov	ecx, eax
	mov	qword ptr [rbp - 16], rcx       # 8-byte Spill
	sub	eax, 24
	ja	.LBB16_7
# %bb.9:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	lea	rcx, [rip + .LJTI16_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB16_1:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB16_8
.LBB16_2:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB16_8
.LBB16_3:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB16_8
.LBB16_4:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB16_8
.LBB16_5:
	mov	dword ptr [rbp - 4], 4
	jmp	.LBB16_8
.LBB16_6:
	mov	dword ptr [rbp - 4], 5
	jmp	.LBB16_8
.LBB16_7:
	mov	dword ptr [rbp - 4], -1
.LBB16_8:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end16:
	.size	vowel_index, .Lfunc_end16-vowel_index
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI16_0:
	.long	.LBB16_1-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_2-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_3-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_4-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_5-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_7-.LJTI16_0
	.long	.LBB16_6-.LJTI16_0
                                        # -- End function
	.text
	.globl	big_switch                      # -- Begin function big_switch
	.p2align	4, 0x90
	.type	big_switch,@function
big_switch:                             # @big_switch
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	mov	eax, dword ptr [rbp - 8]
	add	eax, -10
	mov	ecx, eax
	mov	qword ptr [rbp - 16], rcx       # 8-byte Spill
	sub	eax, 17
	ja	.LBB17_19
# %bb.21:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	lea	rcx, [rip + .LJTI17_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB17_1:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB17_20
.LBB17_2:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB17_20
.LBB17_3:
	mov	dword ptr [rbp - 4], 4
	jmp	.LBB17_20
.LBB17_4:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB17_20
.LBB17_5:
	mov	dword ptr [rbp - 4], 5
	jmp	.LBB17_20
.LBB17_6:
	mov	dword ptr [rbp - 4], 9
	jmp	.LBB17_20
.LBB17_7:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB17_20
.LBB17_8:
	mov	dword ptr [rbp - 4], 6
	jmp	.LBB17_20
.LBB17_9:
	mov	dword ptr [rbp - 4], 5
	jmp	.LBB17_20
.LBB17_10:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB17_20
.LBB17_11:
	mov	dword ptr [rbp - 4], 5
	jmp	.LBB17_20
.LBB17_12:
	mov	dword ptr [rbp - 4], 8
	jmp	.LBB17_20
.LBB17_13:
	mov	dword ptr [rbp - 4], 9
	jmp	.LBB17_20
.LBB17_14:
	mov	dword ptr [rbp - 4], 7
	jmp	.LBB17_20
.LBB17_15:
	mov	dword ptr [rbp - 4], 9
	jmp	.LBB17_20
.LBB17_16:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB17_20
.LBB17_17:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB17_20
.LBB17_18:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB17_20
.LBB17_19:
	mov	eax, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 4], eax
.LBB17_20:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end17:
	.size	big_switch, .Lfunc_end17-big_switch
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI17_0:
	.long	.LBB17_1-.LJTI17_0
	.long	.LBB17_2-.LJTI17_0
	.long	.LBB17_3-.LJTI17_0
	.long	.LBB17_4-.LJTI17_0
	.long	.LBB17_5-.LJTI17_0
	.long	.LBB17_6-.LJTI17_0
	.long	.LBB17_7-.LJTI17_0
	.long	.LBB17_8-.LJTI17_0
	.long	.LBB17_9-.LJTI17_0
	.long	.LBB17_10-.LJTI17_0
	.long	.LBB17_11-.LJTI17_0
	.long	.LBB17_12-.LJTI17_0
	.long	.LBB17_13-.LJTI17_0
	.long	.LBB17_14-.LJTI17_0
	.long	.LBB17_15-.LJTI17_0
	.long	.LBB17_16-.LJTI17_0
	.long	.LBB17_17-.LJTI17_0
	.long	.LBB17_18-.LJTI17_0
                                        # -- End function
	.text
	.globl	sparse_switch                   # -- Begin function sparse_switch
	.p2align	4, 0x90
	.type	sparse_switch,@function
sparse_switch:                          # @sparse_switch
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
	sub	rax, -1000000
	je	.LBB18_1
	jmp	.LBB18_9
.LBB18_9:
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	sub	rax, -7
	je	.LBB18_2
	jmp	.LBB18_10
.LBB18_10:
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	test	rax, rax
	je	.LBB18_3
	jmp	.LBB18_11
.LBB18_11:
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	sub	rax, 99
	je	.LBB18_4
	jmp	.LBB18_12
.LBB18_12:
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	sub	rax, 4096
	je	.LBB18_5
	jmp	.LBB18_13
.LBB18_13:
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	movabs	rcx, 1099511627776
	sub	rax, rcx
	je	.LBB18_6
	jmp	.LBB18_7
.LBB18_1:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB18_8
.LBB18_2:
	mov	dword ptr [rbp - 4], 2
	jmp	.LBB18_8
.LBB18_3:
	mov	dword ptr [rbp - 4], 3
	jmp	.LBB18_8
.LBB18_4:
	mov	dword ptr [rbp - 4], 4
	jmp	.LBB18_8
.LBB18_5:
	mov	dword ptr [rbp - 4], 5
	jmp	.LBB18_8
.LBB18_6:
	mov	dword ptr [rbp - 4], 6
	jmp	.LBB18_8
.LBB18_7:
	mov	dword ptr [rbp - 4], 0
.LBB18_8:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end18:
	.size	sparse_switch, .Lfunc_end18-sparse_switch
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
